import type { Deadlines } from '../model/compute-deadlines.js';
import type { PreviousMeeting } from '../model/decide-previous-meeting.js';
import { findTitleDate } from '../model/find-title-date.js';
import { formatClock, formatDayDate, formatOrdinalDate } from '../model/format-date.js';
import type { Item, Meeting } from '../model/model-types.js';
import { describeExemption } from './describe-exemption.js';
import type { AgendaItemView } from './pack-view-types.js';

/** The agenda lines of a meeting; `anchors` names the items that have papers in the pack. */
export function buildAgendaView(
  meeting: Meeting,
  deadlines: Deadlines,
  anchors: Map<string, string>,
  previous?: PreviousMeeting,
): AgendaItemView[] {
  const questionsBy = `${formatClock(deadlines.agendaQuestions.time).replace('.00 ', '').replace(' ', '')} on ${formatOrdinalDate(deadlines.agendaQuestions.date)}`;
  const toView = (item: Item): AgendaItemView => ({
    number: item.number,
    title: titleOf(item, previous),
    anchor: anchors.get(item.number),
    paragraphs: item.description
      ? item.description
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [],
    // A description that already gives the deadline is not told it twice.
    questionsBy: item.kind === 'questions' && !/please ensure/i.test(item.description ?? '') ? questionsBy : undefined,
    nextMeeting:
      item.kind === 'next-meeting' && meeting.nextMeeting ? describeNextMeeting(meeting.nextMeeting) : undefined,
    // The public view has no reason (nor description) to print: selectAudience took them out.
    exempt: item.exempt
      ? `${describeExemption(item.exempt.paragraph)}${item.exempt.reason ? ` Reason: ${item.exempt.reason}` : ''}`
      : undefined,
    items: item.items.map(toView),
  });
  return meeting.items.map(toView);
}

function titleOf(item: Item, previous?: PreviousMeeting): string {
  // A title that already names a date keeps it (sbp check compares the two: agenda-date-mismatch).
  if (
    item.kind === 'previous-minutes' &&
    previous?.date &&
    !/held on/i.test(item.title) &&
    !findTitleDate(item.title)
  ) {
    return `${item.title} held on ${formatOrdinalDate(previous.date)}`;
  }
  return item.title;
}

function describeNextMeeting(next: { date: string; time?: string }): string {
  const [day, ...rest] = formatDayDate(next.date).split(' ');
  return `The next meeting is scheduled for ${day}, ${rest.join(' ')}${next.time ? ` at ${formatClock(next.time)}` : ''}.`;
}
