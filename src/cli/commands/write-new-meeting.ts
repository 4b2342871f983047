import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Repository } from '../../model/model-types.js';
import { formatClock, formatLongDate } from '../../model/format-date.js';
import { findPreviousMeeting } from '../../model/report-matters-arising.js';
import { scaffoldMeeting, type NewMeetingOptions, type ScaffoldedMeeting } from '../../scaffold/scaffold-meeting.js';
import { writeNewFile } from '../../write/write-new-file.js';

/** Scaffold the meeting, write it without overwriting, and tell the clerk what was written and what next. */
export async function writeNewMeeting(repository: Repository, options: NewMeetingOptions): Promise<void> {
  const schemaComment = await readSchemaComment(repository, options);
  const plan = scaffoldMeeting(repository, { ...options, schemaComment });
  if (!plan.ok) return refuse(`${plan.problem}: ${plan.hint}`);
  const file = path.join(repository.root, plan.path);
  if (!(await writeNewFile(file, plan.text))) return refuse(`${plan.path} already exists: sbp never overwrites a meeting file; edit it, or choose another date`);
  process.stdout.write(describeWritten(plan));
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

async function readSchemaComment(repository: Repository, options: NewMeetingOptions): Promise<string | undefined> {
  const previous = findPreviousMeeting(repository.meetings, options);
  if (!previous) return undefined;
  const text = await readFile(path.join(repository.root, previous.file), 'utf8').catch(() => '');
  return /^#\s*(yaml-language-server:.*)$/m.exec(text.split('\n').slice(0, 3).join('\n'))?.[1]?.trim();
}

function refuse(message: string): void {
  process.stderr.write(`sbp new-meeting: ${message}\n`);
  process.exitCode = 1;
}
