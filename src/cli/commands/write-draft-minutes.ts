import { formatDidYouMean } from '../../diagnostics/suggest-nearest.js';
import { matchMeetings } from '../../model/match-meetings.js';
import type { Repository } from '../../model/model-types.js';
import { createDraftMinutes } from '../../scaffold/create-draft-minutes.js';

/** Rewrite the named meeting's file as draft minutes and say what was added (exit 1 when refused). */
export async function writeDraftMinutes(repository: Repository, name: string): Promise<void> {
  const found = matchMeetings(repository.meetings, name, repository.root, process.cwd());
  if (found.length !== 1) {
    const why =
      found.length === 0
        ? `no meeting "${name}"${formatDidYouMean(
            name,
            repository.meetings.map((m) => m.id),
          )}`
        : `"${name}" names ${found.length} meetings (${found.map((m) => m.id).join(', ')}): give the id`;
    return refuse(why);
  }
  const created = await createDraftMinutes(repository, found[0]);
  if (!created.ok) return refuse(created.message);
  const lines = [
    `Wrote draft minutes into ${created.path} (status: draft-minutes)`,
    `  ${created.expected} members expected as present: move those who sent apologies to apologies:`,
    `  ${created.headings} item headings with their minute numbers: write each item's minutes under its heading`,
    `  ${created.updates} open action${created.updates === 1 ? '' : 's'} with an empty update to write under updates:`,
    '',
    'Next: fill in the resolutions (text:, owners:) and the updates, then run sbp check and sbp build.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function refuse(message: string): void {
  process.stderr.write(`sbp new-minutes: ${message}\n`);
  process.exitCode = 1;
}
