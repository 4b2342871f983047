import type { Reporter } from '../diagnostics/report-at.js';
import type { Config } from '../validate/schemas/config-schema.js';
import type { PersonResolver } from './resolve-person.js';

/** What building a meeting needs from the rest of the repository. */
export interface MeetingContext {
  config: Config;
  resolver: PersonResolver;
  groupOwners: ReadonlyMap<string, { id: string; name: string }>;
  reporter: Reporter;
}
