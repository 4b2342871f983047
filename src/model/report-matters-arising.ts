import { decidePreviousMeeting } from './decide-previous-meeting.js';
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
  // Closures at or before the previous meeting were reported there; when it is unknown, the repository's
  // latest earlier meeting is still a meeting whose report said so.
  const previous = decidePreviousMeeting(repository.meetings, meeting);
  const since = previous.date ?? previous.latestInRepository?.date;
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

/** The latest update on an action reported on or before `date`. */
export function findLatestUpdate(action: Action, date: string): ActionUpdate | undefined {
  let latest: ActionUpdate | undefined;
  for (const update of action.updates)
    if (update.date <= date && (!latest || update.date >= latest.date)) latest = update;
  return latest;
}
