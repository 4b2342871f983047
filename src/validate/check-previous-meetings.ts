import type { Reporter } from '../diagnostics/report-at.js';
import { decidePreviousMeeting, type PreviousMeeting } from '../model/decide-previous-meeting.js';
import { findTitleDate } from '../model/find-title-date.js';
import { formatLongDate } from '../model/format-date.js';
import type { Item, Meeting, SourceRef } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';
import type { MeetingFrontMatter } from './schemas/meeting-schema.js';

/**
 * Report, for every meeting, what stops its pack carrying the right previous minutes: a previous meeting
 * sbp cannot know, a declaration that contradicts the repository, minutes that are not available, and a
 * previous-minutes title that names another date. The decision itself is decidePreviousMeeting's.
 */
export function checkPreviousMeetings(
  meetings: readonly Meeting[],
  fronts: ReadonlyMap<string, MeetingFrontMatter>,
  reporter: Reporter,
): void {
  for (const meeting of meetings) {
    const previous = decidePreviousMeeting(meetings, meeting);
    const items = listPreviousMinutesItems(meeting);
    const titled = items.map(({ item }) => findTitleDate(item.title)).find(Boolean);
    reportProblems(meeting, previous, items, titled, fronts.get(meeting.file), reporter);
    if (previous.date === undefined) continue;
    for (const { item, src } of items) {
      reportUnavailable(meeting, previous, item, src, reporter);
      const named = findTitleDate(item.title);
      if (named && named !== previous.date)
        reporter.report(
          'agenda-date-mismatch',
          { file: meeting.file, path: [...item.src.path, 'title'] },
          `the title names ${formatLongDate(named)}, but the previous meeting of the ${meeting.bodyId} was on ${formatLongDate(previous.date)} (${previous.meeting?.file ?? 'declared in previousMeeting'})`,
          previous.meeting
            ? `Correct the date in the title; if the meeting of ${formatLongDate(named)} is missing from the repository, declare it: previousMeeting: { date: "${named}" }.`
            : 'Correct the date in the title, or in previousMeeting.',
        );
    }
  }
}

/** Items whose paper is the generated previous minutes, with where that paper is named. */
function listPreviousMinutesItems(meeting: Meeting): { item: Item; src: SourceRef }[] {
  return [...walkItems(meeting.items)].flatMap((item) =>
    item.papers
      .filter((p) => p.type === 'generated' && p.generate === 'previous-minutes')
      .map((p) => ({ item, src: p.src })),
  );
}

function reportProblems(
  meeting: Meeting,
  previous: PreviousMeeting,
  items: readonly { item: Item; src: SourceRef }[],
  titled: string | undefined,
  front: MeetingFrontMatter | undefined,
  reporter: Reporter,
): void {
  const at = (...path: (string | number)[]) => ({ file: meeting.file, path });
  const example = `date: "${titled ?? 'YYYY-MM-DD'}"`;
  const year = (y: number) => `${y}/${String(y + 1).slice(2)}`;
  for (const problem of previous.problems) {
    if (problem.kind === 'none-in-repository') {
      if (items.length === 0) continue;
      reporter.report(
        'previous-meeting-unknown',
        items[0].src,
        `there is no earlier meeting of the ${meeting.bodyId} in the repository, so item ${items[0].item.number} "${items[0].item.title}" has no minutes to carry`,
        `Declare the meeting before this one: previousMeeting: { ${example}, minutes: none } (or minutes: the path of its minutes as a PDF paper).`,
      );
    } else if (problem.kind === 'other-year') {
      reporter.report(
        'previous-meeting-unknown',
        front?.minuteStart !== undefined ? at('minuteStart') : at('items', 0, 'minute'),
        `this meeting's minutes start at ${problem.firstMinute}, so the ${meeting.bodyId} met earlier in the ${year(meeting.municipalYear)} municipal year, but its latest earlier meeting in the repository is of ${formatLongDate(problem.latest.date)} (${year(problem.latest.municipalYear)})`,
        `Declare the meeting before this one: previousMeeting: { ${example}, lastMinute: ${problem.firstMinute - 1}, minutes: none } (or minutes: its minutes as a PDF paper); or add that meeting's file.`,
      );
    } else if (problem.kind === 'declared-other-year') {
      const declared = meeting.declaredPrevious!;
      reporter.report(
        'previous-meeting-conflict',
        at('previousMeeting', 'date'),
        `the declared previous meeting of ${formatLongDate(declared.date)} is in the ${year(declared.municipalYear)} municipal year, but this meeting's minutes start at ${problem.firstMinute}: the ${meeting.bodyId} met between them`,
        `Declare the ${meeting.bodyId}'s last meeting before this one instead, with lastMinute: ${problem.firstMinute - 1}; or start this meeting's minutes at 1.`,
      );
    } else if (problem.kind === 'declared-not-before') {
      reporter.report(
        'previous-meeting-conflict',
        at('previousMeeting', 'date'),
        `the declared previous meeting (${meeting.declaredPrevious!.date}) is not before this meeting (${meeting.date})`,
        "Give the date of the body's meeting before this one.",
      );
    } else if (problem.kind === 'declared-in-repository') {
      reporter.report(
        'previous-meeting-conflict',
        at('previousMeeting'),
        `the meeting of ${formatLongDate(problem.meeting.date)} is in the repository (${problem.meeting.file}); previousMeeting is for a meeting whose file is not`,
        `Remove previousMeeting: sbp takes the previous meeting from ${problem.meeting.file}.`,
      );
    } else {
      reporter.report(
        'previous-meeting-conflict',
        at('previousMeeting', 'date'),
        `previousMeeting says the meeting before this one was on ${formatLongDate(meeting.declaredPrevious!.date)}, but the ${meeting.bodyId} also met on ${formatLongDate(problem.meeting.date)} (${problem.meeting.file})`,
        `Remove previousMeeting (the meeting of ${formatLongDate(problem.meeting.date)} is the previous one), or correct its date.`,
      );
    }
  }
}

function reportUnavailable(
  meeting: Meeting,
  previous: PreviousMeeting,
  item: Item,
  src: SourceRef,
  reporter: Reporter,
): void {
  const { minutes } = previous;
  const date = formatLongDate(previous.date!);
  // A draft agenda is usually scaffolded before the previous minutes are written: say so once it is published.
  if (minutes.type === 'none' && minutes.why === 'not-written' && meeting.status !== 'draft-agenda')
    reporter.report(
      'previous-minutes-unavailable',
      src,
      `the minutes of the meeting of ${date} (${previous.meeting!.file}) are not written yet, so item ${item.number} carries no paper`,
      `Write those minutes in ${previous.meeting!.file} before the pack is published.`,
    );
  else if (minutes.type === 'none' && minutes.why === 'not-declared')
    reporter.report(
      'previous-minutes-unavailable',
      meeting.declaredPrevious!.src,
      `previousMeeting does not say where the minutes of ${date} are, so item ${item.number} carries no paper`,
      'Add minutes: the path of its minutes as a PDF paper, or minutes: none to print the item without them.',
    );
}
