import { formatClock, formatLongDate } from '../../model/format-date.js';
import type { Repository } from '../../model/model-types.js';
import { createMeetingFile } from '../../scaffold/create-meeting-file.js';
import type { NewMeetingOptions, ScaffoldedMeeting } from '../../scaffold/scaffold-meeting.js';

/** Write the meeting file and tell the clerk what was written and what to do next (exit 1 when refused). */
export async function writeNewMeeting(repository: Repository, options: NewMeetingOptions): Promise<void> {
  const created = await createMeetingFile(repository, options);
  if (!created.ok) {
    process.stderr.write(`sbp new-meeting: ${created.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(describeWritten(created));
}

function describeWritten(plan: ScaffoldedMeeting): string {
  const { deadlines, minutes } = plan;
  const lines = [
    `Wrote ${plan.path}`,
    `  minutes ${minutes.first} to ${minutes.last} (standing items)${plan.previous ? `, after ${plan.previous.file}` : ''}`,
    `  agenda dispatch ${formatLongDate(deadlines.dispatch)}; questions on agenda reports by ${formatClock(deadlines.agendaQuestions.time)} on ${formatLongDate(deadlines.agendaQuestions.date)}; other questions by ${formatLongDate(deadlines.otherQuestions)}`,
    `  ${plan.openActions.length} open action${plan.openActions.length === 1 ? '' : 's'} awaiting an update, listed under Matters Arising`,
    ...plan.warnings.map((w) => `  warning: ${w}`),
    '',
    'Next:',
    `  1. Add the meeting's own items and papers to ${plan.path}.`,
    '  2. As updates on open actions come in, uncomment their entries under "updates:" and write them.',
    '  3. Run sbp check, then sbp build to make the agenda pack.',
  ];
  return `${lines.join('\n')}\n`;
}
