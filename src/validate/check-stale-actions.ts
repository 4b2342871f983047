import type { Reporter } from '../diagnostics/report-at.js';
import { formatLongDate } from '../model/format-date.js';
import type { Repository } from '../model/model-types.js';

/** After this many later meetings of its body with no update, an open action is reported as stale. */
export const STALE_AFTER_MEETINGS = 3;

/**
 * Warn about every action still open that has gone STALE_AFTER_MEETINGS or more later meetings of its
 * body without an update (standing actions too): typically the actions of a meeting added to the
 * repository after the fact, which would otherwise reappear in every Matters Arising report unnoticed.
 */
export function checkStaleActions(repository: Pick<Repository, 'meetings' | 'actions'>, reporter: Reporter): void {
  const dates = new Map<string, string[]>();
  for (const m of repository.meetings) {
    const list = dates.get(m.bodyId);
    if (list) list.push(m.date);
    else dates.set(m.bodyId, [m.date]);
  }
  for (const action of repository.actions.values()) {
    if (action.status !== 'open') continue;
    const since = action.updates.at(-1)?.date ?? action.date;
    const later = (dates.get(action.bodyId) ?? []).filter((date) => date > since).length;
    if (later < STALE_AFTER_MEETINGS) continue;
    reporter.report(
      'action-stale',
      action.src,
      `${action.id} has been open for ${later} meetings with no update since ${formatLongDate(since)}`,
      `Write an update on it in the next meeting's updates: (action: ${action.id}), or complete it there (completes: true) if it is done.`,
    );
  }
}
