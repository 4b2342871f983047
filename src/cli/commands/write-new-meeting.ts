import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import { formatClock, formatLongDate } from '../../model/format-date.js';
import type { Repository } from '../../model/model-types.js';
import { createMeetingFile } from '../../scaffold/create-meeting-file.js';
import type { NewMeetingOptions, ScaffoldedMeeting } from '../../scaffold/scaffold-meeting.js';
import { sayRefusal } from '../settle-outcome.js';

/** Write the meeting file and tell the clerk what was written and what to do next; a refusal is an outcome. */
export async function writeNewMeeting(
  repository: Repository,
  options: NewMeetingOptions,
): Promise<CommandOutcome | undefined> {
  const created = await createMeetingFile(repository, options);
  if (!created.ok) return sayRefusal('new-meeting', created.message);
  process.stdout.write(describeWritten(created));
  return undefined;
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
