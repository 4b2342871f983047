import { countDaysBetween } from './add-days.js';
import type { Action, ActionStatus, ActionUpdate, Meeting, Repository } from './model-types.js';
import { findLatestUpdate } from './report-matters-arising.js';

/** Which actions to list; dates are YYYY-MM-DD. */
export interface ActionFilters {
  /** open (default), completed, or all (open, completed and superseded). */
  status?: 'open' | 'completed' | 'all';
  /** Initials, person id or group code of an owner (case-insensitive). */
  owner?: string;
  body?: string;
  /** Only actions resolved on or after this date. */
  since?: string;
  /** Only open actions past their due date. */
  overdue?: boolean;
  /** The date the listing is as at (default today): later meetings and updates are ignored. */
  asOf: string;
}

/** An action as it stood on the listing's date, with its age and latest update. */
export interface ActionListing {
  action: Action;
  /** Status as at the listing's date. */
  status: ActionStatus;
  /** Date closed, when closed by the listing's date. */
  closedOn?: string;
  /** Updates reported by the listing's date, oldest first. */
  updates: ActionUpdate[];
  lastUpdate?: ActionUpdate;
  /** Days from the resolving meeting to its closing, or to the listing's date while open. */
  ageDays: number;
  /** Meetings of the body held since, at which it was outstanding. */
  ageMeetings: number;
  overdue: boolean;
}

/** Actions of the repository that match the filters, in resolution order, as at `filters.asOf`. */
export function listActions(
  repository: Pick<Repository, 'meetings' | 'actions'>,
  filters: ActionFilters,
): ActionListing[] {
  const { asOf } = filters;
  const wanted = filters.status ?? 'open';
  const owner = filters.owner?.toLowerCase();
  const listings: ActionListing[] = [];
  for (const action of repository.actions.values()) {
    if (action.date > asOf) continue;
    if (filters.body && action.bodyId !== filters.body) continue;
    if (filters.since && action.date < filters.since) continue;
    if (owner && !action.owners.some((o) => [o.label, o.personId, o.groupId].some((v) => v?.toLowerCase() === owner)))
      continue;
    const closed = action.closedOn !== undefined && action.closedOn <= asOf;
    const status: ActionStatus = closed ? action.status : 'open';
    if (wanted !== 'all' && status !== wanted) continue;
    const overdue = status === 'open' && action.due !== undefined && action.due < asOf;
    if (filters.overdue && !overdue) continue;
    const end = closed ? action.closedOn! : asOf;
    listings.push({
      action,
      status,
      closedOn: closed ? action.closedOn : undefined,
      updates: action.updates.filter((u) => u.date <= asOf),
      lastUpdate: findLatestUpdate(action, asOf),
      ageDays: countDaysBetween(action.date, end),
      ageMeetings: countMeetingsBetween(repository.meetings, action.bodyId, action.date, end),
      overdue,
    });
  }
  return listings;
}

function countMeetingsBetween(meetings: readonly Meeting[], bodyId: string, after: string, upTo: string): number {
  let count = 0;
  for (const m of meetings) if (m.bodyId === bodyId && m.date > after && m.date <= upTo) count++;
  return count;
}
