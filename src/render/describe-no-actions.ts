import type { FilterRelaxed } from '../model/find-emptying-filters.js';
import type { ActionFilters } from '../model/list-actions.js';

/** A filter as the clerk gave it (or as it was applied by default). */
function nameFilter(filter: FilterRelaxed['filter'], f: ActionFilters, asOfDefaulted: boolean): string {
  switch (filter) {
    case 'status':
      return `${f.status ?? 'open'} actions`;
    case 'owner':
      return `--owner ${f.owner}`;
    case 'body':
      return `--body ${f.body}`;
    case 'since':
      return `--since ${f.since}`;
    case 'overdue':
      return '--overdue';
    case 'asOf':
      return asOfDefaulted ? `as of today, ${f.asOf} (the default of --as-of)` : `--as-of ${f.asOf}`;
  }
}

/** What leaving the filter out means, in the same words. */
function relaxFilter(filter: FilterRelaxed['filter'], f: ActionFilters, asOfDefaulted: boolean): string {
  if (filter === 'status') return 'with --all';
  if (filter === 'asOf') return asOfDefaulted ? 'counting meetings after today' : `without --as-of ${f.asOf}`;
  return `without ${nameFilter(filter, f, asOfDefaulted)}`;
}

/**
 * Why a listing is empty, in the clerk's words: every filter that was applied (the default --as-of date
 * included) and what leaving each one out would list.
 */
export function describeNoActions(
  filters: ActionFilters,
  relaxed: readonly FilterRelaxed[],
  asOfDefaulted: boolean,
): string {
  const lines = [`No actions match: ${relaxed.map((r) => nameFilter(r.filter, filters, asOfDefaulted)).join(', ')}.`];
  const helpful = relaxed.filter((r) => r.count > 0);
  if (helpful.length === 0) lines.push('Leaving out any one of these filters would still list none.');
  for (const r of helpful)
    lines.push(`  ${relaxFilter(r.filter, filters, asOfDefaulted)}: ${r.count} action${r.count === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}
