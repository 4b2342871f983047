import type { DeclaredPreviousMeeting, Meeting, SourceRef } from './model-types.js';

/** The minutes a pack's previous-minutes item carries, or why it carries none. */
export type PreviousMinutes =
  | { type: 'meeting'; meeting: Meeting }
  | { type: 'pdf'; path: string; src: SourceRef }
  | { type: 'none'; why: 'unknown' | 'not-written' | 'declared-none' | 'not-declared' };

/** Why a declaration was set aside, or why sbp cannot tell which meeting came before. */
export type PreviousMeetingProblem =
  /** No earlier meeting of the body in the repository, and none declared. */
  | { kind: 'none-in-repository' }
  /** The latest earlier meeting is of another municipal year, but this meeting's minutes do not start at 1. */
  | { kind: 'other-year'; latest: Meeting; firstMinute: number }
  /** The declared meeting is of another municipal year, but this meeting's minutes do not start at 1. */
  | { kind: 'declared-other-year'; firstMinute: number }
  /** The declared date is not before this meeting. */
  | { kind: 'declared-not-before' }
  /** The declared meeting's file is in the repository after all. */
  | { kind: 'declared-in-repository'; meeting: Meeting }
  /** The repository holds a meeting of the body between the declared date and this meeting. */
  | { kind: 'declared-superseded'; meeting: Meeting };

/** The previous meeting of a meeting, as sbp decides it: every user (pack, agenda, Matters Arising, scaffold) asks here. */
export interface PreviousMeeting {
  /** Its date; absent when sbp cannot tell. */
  date?: string;
  /** The meeting, when its file is in the repository. */
  meeting?: Meeting;
  /** The declaration, when the previous meeting is the one the file declares. */
  declared?: DeclaredPreviousMeeting;
  /** The body's latest earlier meeting in the repository, whether or not it is the previous one. */
  latestInRepository?: Meeting;
  /** What the previous-minutes item carries. */
  minutes: PreviousMinutes;
  problems: PreviousMeetingProblem[];
}

/** What the decision needs of a meeting; a meeting being planned has no items or declaration yet. */
export type MeetingToPrecede = Pick<Meeting, 'bodyId' | 'date'> &
  Partial<Pick<Meeting, 'municipalYear' | 'declaredPrevious' | 'items'>>;

/**
 * The previous meeting of `meeting`: the declared one or the repository's latest earlier meeting of the
 * body, whichever is later and consistent with the dates and the minute numbers; unknown otherwise.
 */
export function decidePreviousMeeting(meetings: readonly Meeting[], meeting: MeetingToPrecede): PreviousMeeting {
  const latest = findLatestEarlierMeeting(meetings, meeting);
  const firstMinute = Number.parseInt(meeting.items?.[0]?.minute ?? '', 10);
  const opensYear = !(firstMinute > 1);
  const declared = meeting.declaredPrevious;
  const problems: PreviousMeetingProblem[] = [];
  if (declared) {
    const problem = judgeDeclaredPrevious(declared, meeting, latest);
    if (!problem) {
      if (opensYear || declared.municipalYear === meeting.municipalYear)
        return {
          date: declared.date,
          declared,
          latestInRepository: latest,
          minutes: readDeclaredMinutes(declared),
          problems,
        };
      problems.push({ kind: 'declared-other-year', firstMinute });
      return { latestInRepository: latest, minutes: { type: 'none', why: 'unknown' }, problems };
    }
    problems.push(problem);
  }
  if (!latest) {
    problems.push({ kind: 'none-in-repository' });
    return { minutes: { type: 'none', why: 'unknown' }, problems };
  }
  if (!opensYear && latest.municipalYear !== meeting.municipalYear) {
    problems.push({ kind: 'other-year', latest, firstMinute });
    return { latestInRepository: latest, minutes: { type: 'none', why: 'unknown' }, problems };
  }
  return {
    date: latest.date,
    meeting: latest,
    latestInRepository: latest,
    minutes: latest.hasMinutes ? { type: 'meeting', meeting: latest } : { type: 'none', why: 'not-written' },
    problems,
  };
}

/** Why a declared previous meeting contradicts the repository's dates, if it does. */
export function judgeDeclaredPrevious(
  declared: DeclaredPreviousMeeting,
  meeting: Pick<Meeting, 'date'>,
  latest: Meeting | undefined,
): PreviousMeetingProblem | undefined {
  if (declared.date >= meeting.date) return { kind: 'declared-not-before' };
  if (latest?.date === declared.date) return { kind: 'declared-in-repository', meeting: latest };
  if (latest && latest.date > declared.date) return { kind: 'declared-superseded', meeting: latest };
  return undefined;
}

/** The body's last meeting before this one in the repository. */
export function findLatestEarlierMeeting(
  meetings: readonly Meeting[],
  meeting: Pick<Meeting, 'bodyId' | 'date'>,
): Meeting | undefined {
  let latest: Meeting | undefined;
  for (const m of meetings) {
    if (m.bodyId === meeting.bodyId && m.date < meeting.date && (!latest || m.date > latest.date)) latest = m;
  }
  return latest;
}

function readDeclaredMinutes(declared: DeclaredPreviousMeeting): PreviousMinutes {
  if (declared.minutes === 'none') return { type: 'none', why: 'declared-none' };
  if (declared.minutes === undefined) return { type: 'none', why: 'not-declared' };
  return { type: 'pdf', path: declared.minutes.path, src: declared.minutes.src };
}
