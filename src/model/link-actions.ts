import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import { applyActionUpdates } from './apply-action-updates.js';
import { atKey } from './at-key.js';
import { formatActionId } from './format-action-id.js';
import type { Action, Meeting, Resolution } from './model-types.js';
import { walkItems } from './walk-items.js';

/**
 * Follow every resolution with owners across meetings: build the actions, attach the updates written
 * in later meetings, apply supersedes, and report what does not fit. Pure: the meetings are not changed.
 */
export function linkActions(meetings: readonly Meeting[], reporter: Reporter): Map<string, Action> {
  const ordered = [...meetings].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.bodyId < b.bodyId ? -1 : 1,
  );
  const actions = buildActions(ordered, reporter);
  const repaired = new Set(ordered.filter((m) => m.repaired).map((m) => m.id));
  for (const meeting of ordered) {
    applyActionUpdates(meeting, actions, reporter, repaired);
    applySupersedes(meeting, actions, reporter);
  }
  return actions;
}

/** The id of a resolution, whether or not the model builder filled it in. */
export function resolveActionId(meeting: Meeting, minute: string, resolution: Resolution, count: number): string {
  return resolution.actionId ?? formatActionId(meeting.bodyId, meeting.date, minute, resolution.index, count);
}

function buildActions(meetings: readonly Meeting[], reporter: Reporter): Map<string, Action> {
  const actions = new Map<string, Action>();
  for (const meeting of meetings) {
    for (const item of walkItems(meeting.items)) {
      for (const resolution of item.resolutions) {
        if (resolution.owners.length === 0) continue;
        const id = resolveActionId(meeting, item.minute, resolution, item.resolutions.length);
        const first = actions.get(id);
        if (first) {
          reporter.report(
            'action-duplicate',
            atKey(resolution.src, 'id'),
            `the action id "${id}" is already used by minute ${first.minute} of ${first.date}`,
            'give this resolution a different `id:`',
          );
          continue;
        }
        if (resolution.due && resolution.due < meeting.date) {
          reporter.report(
            'due-before-meeting',
            atKey(resolution.src, 'due'),
            `due ${resolution.due} is before the meeting of ${meeting.date}`,
            'correct the due date, or remove it',
          );
        }
        actions.set(id, {
          id,
          bodyId: meeting.bodyId,
          meetingId: meeting.id,
          date: meeting.date,
          minute: item.minute,
          itemTitle: item.title,
          index: resolution.index,
          text: resolution.text,
          owners: resolution.owners,
          due: resolution.due,
          standing: resolution.standing,
          exempt: item.exempt ? { paragraph: item.exempt.paragraph } : undefined,
          updates: [],
          // Done at the meeting itself: closed on its own date, so never outstanding.
          status: resolution.done ? 'completed' : 'open',
          closedOn: resolution.done ? meeting.date : undefined,
          src: resolution.src,
        });
      }
    }
  }
  return actions;
}

function applySupersedes(meeting: Meeting, actions: Map<string, Action>, reporter: Reporter): void {
  for (const item of walkItems(meeting.items)) {
    for (const resolution of item.resolutions) {
      if (!resolution.supersedes) continue;
      const target = actions.get(resolution.supersedes);
      if (!target || target.date >= meeting.date) {
        const earlier = [...actions.values()].filter((a) => a.date < meeting.date).map((a) => a.id);
        reporter.report(
          'supersedes-unknown',
          atKey(resolution.src, 'supersedes'),
          `no earlier action "${resolution.supersedes}" to supersede${formatDidYouMean(resolution.supersedes, earlier)}`,
          'name the id of an action resolved at an earlier meeting (see `sbp actions --all`)',
          'value',
        );
        continue;
      }
      // An action already closed stays as it was closed: its history is not rewritten.
      if (target.status !== 'open') continue;
      target.status = 'superseded';
      target.closedOn = meeting.date;
      target.supersededBy = resolveActionId(meeting, item.minute, resolution, item.resolutions.length);
    }
  }
}
