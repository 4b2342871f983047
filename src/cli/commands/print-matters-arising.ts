import { suggestNearest } from '../../diagnostics/suggest-nearest.js';
import { matchMeetings } from '../../model/match-meetings.js';
import type { Meeting, Repository } from '../../model/model-types.js';
import type { Audience } from '../../model/select-audience.js';
import { composeMattersArisingReport } from '../../render/compose-matters-arising-report.js';
import { formatMattersArisingMarkdown, formatMattersArisingText } from '../../render/format-matters-arising.js';
import { formatMattersArisingJson } from '../../render/format-matters-arising-json.js';

/** Print the Matters Arising report of the meeting `ref` names (id, file or date), for `audience`. */
export function printMattersArising(repository: Repository, ref: string, format: string, audience: Audience): void {
  const found = findMeeting(repository, ref);
  if (typeof found === 'string') {
    process.stderr.write(`sbp actions --report: ${found}\n`);
    process.exitCode = 1;
    return;
  }
  if (format === 'csv') {
    process.stderr.write('sbp actions --report: give --format table, markdown or json (csv is for lists of actions)\n');
    process.exitCode = 2;
    return;
  }
  const report = composeMattersArisingReport(repository, found, audience);
  const out =
    format === 'json'
      ? formatMattersArisingJson(report)
      : format === 'markdown'
        ? formatMattersArisingMarkdown(report)
        : formatMattersArisingText(report);
  process.stdout.write(out);
}

/** The meeting named by its id, its file, or its date (when one body meets that day); else why not. */
function findMeeting({ meetings, root }: Repository, ref: string): Meeting | string {
  const exact = matchMeetings(meetings, ref, root, process.cwd());
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return `${exact.length} meetings on ${ref}: give one of ${exact.map((m) => m.id).join(', ')}`;
  const nearest = suggestNearest(
    ref,
    meetings.map((m) => m.id),
  );
  return `no meeting "${ref}"${nearest.length ? `; nearest: ${nearest.join(', ')}` : ''} (give a meeting id such as ${meetings[0]?.id ?? 'board-2019-06-20'}, its file, or its date)`;
}
