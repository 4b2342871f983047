import { z } from 'zod';
import { ConfigSchema } from './schemas/config-schema.js';
import { MeetingSchema } from './schemas/meeting-schema.js';
import { PaperSchema } from './schemas/paper-schema.js';
import { RosterSchema } from './schemas/roster-schema.js';

const schemas = {
  'config.schema.json': { schema: ConfigSchema, title: 'sbp.yaml: the partnership, its bodies and rules' },
  'roster.schema.json': { schema: RosterSchema, title: 'roster.yaml: people, memberships and group owners' },
  'meeting.schema.json': { schema: MeetingSchema, title: 'Front matter of a meeting file (<body>/<YYYY-MM-DD>.md)' },
  'paper.schema.json': { schema: PaperSchema, title: 'Front matter of a Markdown paper' },
} as const;

/** The JSON Schema files for editors, generated from the zod schemas: file name → JSON text. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, { schema, title }] of Object.entries(schemas)) {
    // "input" describes what a user may write (defaults make keys optional), which is what an editor checks.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
      string,
      unknown
    >;
    out.set(name, `${JSON.stringify({ title, ...json }, null, 2)}\n`);
  }
  return out;
}
