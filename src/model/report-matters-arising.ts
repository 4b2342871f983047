import type { Action, ActionUpdate, Meeting, Repository } from './model-types.js';

/** One action on a Matters Arising report: the action, its latest update as at the meeting, and whether it is now completed. */
export interface MattersArisingEntry {
  action: Action;
  /** The latest update reported at or before the meeting. */
  update?: ActionUpdate;
  /** Completed since the previous meeting of the body (by an update reported at this meeting, or between). */
  completed: boolean;
  /** Superseded by a later resolution since the previous meeting of the body. */
  superseded: boolean;
}

/**
 * The Matters Arising report for a meeting: every action of the body resolved at an earlier meeting
 * that was still open after the previous meeting, in resolution order. Those closed since then are
 * listed once more (completed, or superseded), then drop off; done-at-the-meeting actions never appear.
 */
export function reportMattersArising(
  repository: Pick<Repository, 'meetings' | 'actions'>,
  meeting: Meeting,
): MattersArisingEntry[] {
  const since = findPreviousMeeting(repository.meetings, meeting)?.date;
  const rows: MattersArisingEntry[] = [];
  for (const action of repository.actions.values()) {
    if (action.bodyId !== meeting.bodyId || action.date >= meeting.date) continue;
    // Closed at or before the previous meeting: that meeting's report already said so.
    if (action.closedOn !== undefined && (since === undefined || action.closedOn <= since)) continue;
    const closedNow = action.closedOn !== undefined && action.closedOn <= meeting.date;
    rows.push({
      action,
      update: findLatestUpdate(action, meeting.date),
      completed: closedNow && action.status === 'completed',
      superseded: closedNow && action.status === 'superseded',
    });
  }
  return rows;
}

/** The body's last meeting before this one, if the repository holds it. */
export function findPreviousMeeting(
  meetings: readonly Meeting[],
  meeting: Pick<Meeting, 'bodyId' | 'date'>,
): Meeting | undefined {
  let previous: Meeting | undefined;
  for (const m of meetings) {
    if (m.bodyId === meeting.bodyId && m.date < meeting.date && (!previous || m.date > previous.date)) previous = m;
  }
  return previous;
}

/** The latest update on an action reported on or before `date`. */
export function findLatestUpdate(action: Action, date: string): ActionUpdate | undefined {
  let latest: ActionUpdate | undefined;
  for (const update of action.updates)
    if (update.date <= date && (!latest || update.date >= latest.date)) latest = update;
  return latest;
}
