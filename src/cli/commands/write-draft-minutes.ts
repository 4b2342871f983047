import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import { formatDidYouMean } from '../../diagnostics/suggest-nearest.js';
import { matchMeetings } from '../../model/match-meetings.js';
import type { Repository } from '../../model/model-types.js';
import { createDraftMinutes } from '../../scaffold/create-draft-minutes.js';
import { sayRefusal, sayUsage } from '../settle-outcome.js';

/** Rewrite the named meeting's file as draft minutes and say what was added; a refusal or unknown name is an outcome. */
export async function writeDraftMinutes(repository: Repository, name: string): Promise<CommandOutcome | undefined> {
  const found = matchMeetings(repository.meetings, name, repository.root, process.cwd());
  if (found.length === 0)
    return sayUsage(
      'new-minutes',
      `no meeting "${name}"${formatDidYouMean(
        name,
        repository.meetings.map((m) => m.id),
      )}`,
    );
  if (found.length > 1)
    return sayUsage(
      'new-minutes',
      `"${name}" names ${found.length} meetings (${found.map((m) => m.id).join(', ')}): give the id`,
    );
  const created = await createDraftMinutes(repository, found[0]);
  if (!created.ok) return sayRefusal('new-minutes', created.message);
  const lines = [
    `Wrote draft minutes into ${created.path} (status: draft-minutes)`,
    `  ${created.expected} members expected as present: move those who sent apologies to apologies:`,
    `  ${created.headings} item headings with their minute numbers: write each item's minutes under its heading`,
    `  ${created.updates} open action${created.updates === 1 ? '' : 's'} with an empty update to write under updates:`,
    '',
    'Next: fill in the resolutions (text:, owners:) and the updates, then run sbp check and sbp build.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return undefined;
}
