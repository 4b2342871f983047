import { type ActionFilters, listActions } from './list-actions.js';
import type { Repository } from './model-types.js';

/** A filter of an empty listing, and how many actions the listing would have without it. */
export interface FilterRelaxed {
  filter: 'status' | 'owner' | 'body' | 'since' | 'overdue' | 'asOf';
  count: number;
}

const RELAXED: Record<FilterRelaxed['filter'], Partial<ActionFilters>> = {
  status: { status: 'all' },
  owner: { owner: undefined },
  body: { body: undefined },
  since: { since: undefined },
  overdue: { overdue: false },
  // The latest date any listing can need: every meeting and update counts.
  asOf: { asOf: '9999-12-31' },
};

/** For a listing that matched nothing: each filter in force, with the count of actions listed without it. */
export function findEmptyingFilters(
  repository: Pick<Repository, 'meetings' | 'actions'>,
  filters: ActionFilters,
): FilterRelaxed[] {
  const active: FilterRelaxed['filter'][] = [];
  if ((filters.status ?? 'open') !== 'all') active.push('status');
  if (filters.owner) active.push('owner');
  if (filters.body) active.push('body');
  if (filters.since) active.push('since');
  if (filters.overdue) active.push('overdue');
  active.push('asOf');
  return active.map((filter) => ({
    filter,
    count: listActions(repository, { ...filters, ...RELAXED[filter] }).length,
  }));
}
