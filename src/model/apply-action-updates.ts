import type { Reporter } from '../diagnostics/report-at.js';
import { suggestNearest } from '../diagnostics/suggest-nearest.js';
import type { Action, ActionUpdate, Meeting } from './model-types.js';

/** Attach a meeting's updates to the actions they name, closing those they complete; report the misfits. */
export function applyActionUpdates(
  meeting: Meeting,
  actions: Map<string, Action>,
  reporter: Reporter,
  repaired: ReadonlySet<string> = new Set(),
): void {
  const seen = new Map<string, ActionUpdate>();
  for (const update of meeting.updates) {
    const action = actions.get(update.actionId);
    if (!action) {
      // An action of a meeting whose front matter was read best-effort may exist once it is mended.
      if (![...repaired].some((id) => update.actionId.startsWith(`${id}-m`)))
        reportUnknownAction(update, meeting, actions, reporter);
      continue;
    }
    if (action.date >= update.date || action.meetingId === update.meetingId) {
      reporter.report(
        'update-not-earlier',
        update.src,
        `${action.id} was resolved at this meeting or after it (${action.date}); updates report on actions of earlier meetings`,
        'record progress on an action at a later meeting, under its Matters Arising',
        'value',
      );
      continue;
    }
    if (seen.has(action.id)) {
      reporter.report(
        'update-duplicate',
        update.src,
        `${action.id} already has an update in this meeting`,
        'merge the two updates into one',
        'value',
      );
      continue;
    }
    seen.set(action.id, update);
    if (action.status !== 'open' && action.closedOn !== undefined && action.closedOn < update.date) {
      const how = action.status === 'superseded' ? `superseded by ${action.supersededBy}` : 'completed';
      reporter.report(
        'update-completed-action',
        update.src,
        `${action.id} was ${how} on ${action.closedOn}`,
        'remove this update, or name the action that replaced it',
        'value',
      );
      continue;
    }
    action.updates.push(update);
    if (update.completes && action.status === 'open') {
      action.status = 'completed';
      action.closedOn = update.date;
    }
  }
}

function reportUnknownAction(
  update: ActionUpdate,
  meeting: Meeting,
  actions: Map<string, Action>,
  reporter: Reporter,
): void {
  const candidates = [...actions.values()].filter((a) => a.date < meeting.date).map((a) => a.id);
  const nearest = suggestNearest(update.actionId, candidates);
  const tail = nearest.length ? `; nearest: ${nearest.join(', ')}` : '';
  reporter.report(
    'update-unknown-action',
    update.src,
    `no action "${update.actionId}"${tail}`,
    'action ids read <body>-<date>-m<minute>[-<n>]; list them with `sbp actions --all`',
    'value',
  );
}
