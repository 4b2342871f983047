import { posix } from 'node:path';
import type { z } from 'zod';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import { computeDeadlines, type Deadlines } from '../model/compute-deadlines.js';
import { isWorkingDay } from '../model/count-working-days.js';
import { decidePreviousMeeting } from '../model/decide-previous-meeting.js';
import { formatClock, formatDayDate, formatLongDate, formatOrdinalDate } from '../model/format-date.js';
import { listActions } from '../model/list-actions.js';
import type { Action, Meeting, Repository } from '../model/model-types.js';
import { findMunicipalYear } from '../model/municipal-year.js';
import { nameBodyAt } from '../render/describe-body.js';
import { joinOwners } from '../render/join-owners.js';
import type { StandingItemSchema } from '../validate/schemas/config-schema.js';
import { composeMeetingFile, type PlannedItem } from './compose-meeting-file.js';
import { listMembersById } from './list-members-by-id.js';
import { planFirstMinute } from './plan-minute-numbers.js';

/** What `sbp new-meeting` was asked for. */
export interface NewMeetingOptions {
  bodyId: string;
  date: string;
  time?: string;
  venue?: string;
  /** The "yaml-language-server: $schema=..." line of the body's latest file, to copy (read by the caller). */
  schemaComment?: string;
}

/** A new meeting file, ready to write, with what the clerk should know about it. */
export interface ScaffoldedMeeting {
  ok: true;
  /** Repository path, e.g. board/2022-03-17.md. */
  path: string;
  text: string;
  deadlines: Deadlines;
  minutes: { first: number; last: number };
  openActions: Action[];
  previous?: Meeting;
  /** Things worth a second look (a meeting on a bank holiday, later meetings renumbered...). */
  warnings: string[];
}

/** Why no file can be written. */
export interface ScaffoldRefusal {
  ok: false;
  problem: string;
  hint: string;
}

const DEFAULT_ITEMS: z.input<typeof StandingItemSchema>[] = [
  { title: 'Apologies for absence', kind: 'apologies' },
  { title: 'Minutes of the previous meeting', kind: 'previous-minutes' },
  { title: 'Matters arising', kind: 'matters-arising' },
];
const OPENING_KINDS = new Set(['apologies', 'previous-minutes', 'matters-arising', 'questions']);

/** Plan the next meeting file of a body: standing items, minute numbers, members, open actions, dates. Pure. */
export function scaffoldMeeting(
  repository: Repository,
  options: NewMeetingOptions,
): ScaffoldedMeeting | ScaffoldRefusal {
  const { bodyId, date } = options;
  const body = repository.bodies.get(bodyId);
  if (!body) {
    return {
      ok: false,
      problem: `unknown body "${bodyId}"${formatDidYouMean(bodyId, repository.bodies.keys())}`,
      hint: `give one of: ${[...repository.bodies.keys()].join(', ')}`,
    };
  }
  const existing = repository.meetings.find((m) => m.bodyId === bodyId && m.date === date);
  if (existing)
    return {
      ok: false,
      problem: `the ${bodyId} already meets on ${date}, in ${existing.file}`,
      hint: 'edit that file, or choose another date',
    };

  const config = repository.config;
  const previous = decidePreviousMeeting(repository.meetings, { bodyId, date });
  const time = options.time ?? body.defaults.time ?? '10:00';
  const venue = options.venue ?? body.defaults.venue;
  const deadlines = computeDeadlines(date, config);
  const municipalYear = findMunicipalYear(date, config.municipalYearStart);
  const first = planFirstMinute(previous, municipalYear);
  const standing = body.standingItems.length ? body.standingItems : DEFAULT_ITEMS;
  const items: PlannedItem[] = standing.map((s, i) => ({
    title:
      s.kind === 'previous-minutes' && previous.date
        ? `${s.title} held on ${formatOrdinalDate(previous.date)}`
        : s.title,
    kind: s.kind,
    description: s.description,
    generate: s.kind === 'previous-minutes' || s.kind === 'matters-arising' ? s.kind : undefined,
    minute: first + i,
  }));
  const lastOpening = items.map((item) => OPENING_KINDS.has(item.kind ?? '')).lastIndexOf(true);
  const openActions = listActions(repository, { status: 'open', body: bodyId, asOf: date }).filter(
    (l) => l.action.date < date,
  );
  const { name } = nameBodyAt(body, date);

  const text = composeMeetingFile({
    header: [
      ...(options.schemaComment ? [options.schemaComment] : []),
      `${name}: ${formatDayDate(date)} at ${formatClock(time)}. Written by sbp new-meeting.`,
      `Agenda dispatch: ${formatLongDate(deadlines.dispatch)} (${config.deadlines.dispatchWorkingDaysBefore} working days before).`,
      `Questions on reports on the agenda: by ${formatClock(deadlines.agendaQuestions.time)} on ${formatLongDate(deadlines.agendaQuestions.date)}.`,
      `Other questions: by ${formatLongDate(deadlines.otherQuestions)} (${config.deadlines.otherQuestionsWorkingDaysBefore} working days before).`,
      // Without a previous meeting the previous-minutes item has nothing to carry: say how to declare it.
      ...(previous.date
        ? []
        : [
            `No earlier meeting of the ${bodyId} is in the repository. If it met before, declare that meeting below, e.g.`,
            'previousMeeting: { date: "YYYY-MM-DD", lastMinute: 12, minutes: none }  (or minutes: the path of its minutes as a PDF)',
          ]),
    ],
    body: bodyId,
    date,
    time,
    venue,
    dispatched: deadlines.dispatch,
    items,
    ownItemsAt: lastOpening + 1,
    membersHeading: `Members of the ${name} on ${formatLongDate(date)}`,
    members: listMembersById(repository, bodyId, date),
    updates: openActions.map(({ action, lastUpdate }) => ({
      actionId: action.id,
      heading: `Minute ${action.minute} ${action.itemTitle}, ${formatLongDate(action.date)}; owners ${joinOwners(action.owners)}${action.standing ? '; standing' : ''}`,
      text: action.text,
      lastUpdate: lastUpdate ? `${formatLongDate(lastUpdate.date)}: ${lastUpdate.text}` : undefined,
    })),
  });
  const latest = previous.latestInRepository;
  const folder = latest ? posix.dirname(latest.file) : bodyId;
  return {
    ok: true,
    path: `${folder}/${date}.md`,
    text,
    deadlines,
    minutes: { first, last: first + items.length - 1 },
    openActions: openActions.map((l) => l.action),
    previous: previous.meeting,
    warnings: collectWarnings(repository, options, config.closureDays),
  };
}

function collectWarnings(
  repository: Repository,
  { bodyId, date }: NewMeetingOptions,
  closureDays: readonly string[],
): string[] {
  const warnings: string[] = [];
  if (!isWorkingDay(date, closureDays))
    warnings.push(`${formatDayDate(date)} is not a working day (a weekend, bank holiday or closure day).`);
  const later = repository.meetings.filter((m) => m.bodyId === bodyId && m.date > date);
  if (later.length)
    warnings.push(
      `the ${bodyId} has ${later.length} later meeting(s), from ${later[0].date}: their minute numbers and matters arising will change.`,
    );
  return warnings;
}
