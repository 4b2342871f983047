import { formatActionId } from './format-action-id.js';
import type { Item, Meeting } from './model-types.js';

/** Give each resolution with owners its action id (unless it has an explicit one), once minute numbers are known. */
export function nameActions(meeting: Meeting, item: Item): void {
  for (const r of item.resolutions) {
    if (r.owners.length && !r.actionId)
      r.actionId = formatActionId(meeting.bodyId, meeting.date, item.minute, r.index, item.resolutions.length);
  }
  for (const sub of item.items) nameActions(meeting, sub);
}
