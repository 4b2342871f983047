import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import { formatDidYouMean } from '../../diagnostics/suggest-nearest.js';
import { matchMeetings } from '../../model/match-meetings.js';
import type { Meeting, Repository } from '../../model/model-types.js';
import type { Audience } from '../../model/select-audience.js';
import { composeMattersArisingReport } from '../../render/compose-matters-arising-report.js';
import { formatMattersArisingMarkdown, formatMattersArisingText } from '../../render/format-matters-arising.js';
import { formatMattersArisingJson } from '../../render/format-matters-arising-json.js';
import { sayUsage } from '../settle-outcome.js';

/**
 * Print the Matters Arising report of the meeting `ref` names (id, file or date), as `audience` may see it;
 * a name matching none is a usage mistake.
 */
export function printMattersArising(
  repository: Repository,
  ref: string,
  format: string,
  audience: Audience,
): CommandOutcome | undefined {
  if (format === 'csv')
    return sayUsage('actions', '--report: give --format table, markdown or json (csv is for lists of actions)');
  const found = findMeeting(repository, ref);
  if (typeof found === 'string') return sayUsage('actions', `--report: ${found}`);
  const report = composeMattersArisingReport(repository, found, audience);
  process.stdout.write(
    format === 'json'
      ? formatMattersArisingJson(report)
      : format === 'markdown'
        ? formatMattersArisingMarkdown(report)
        : formatMattersArisingText(report),
  );
  return undefined;
}

/** The meeting named by its id, its file, or its date (when one body meets that day); else why not. */
function findMeeting({ meetings, root }: Repository, ref: string): Meeting | string {
  const exact = matchMeetings(meetings, ref, root, process.cwd());
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return `${exact.length} meetings on ${ref}: give one of ${exact.map((m) => m.id).join(', ')}`;
  const ids = meetings.map((m) => m.id);
  return `no meeting "${ref}"${formatDidYouMean(ref, ids)}: give a meeting id such as ${ids[0] ?? 'board-2019-06-20'}, its file, or its date`;
}
