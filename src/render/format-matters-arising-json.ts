import type { Meeting } from '../model/model-types.js';
import type { MattersArisingRow } from '../model/report-matters-arising.js';
import { ACTIONS_JSON_VERSION } from './format-actions-json.js';
import { describeRowUpdate } from './format-matters-arising.js';

/** The Matters Arising report of `sbp actions --report <meeting> --format json`. */
export function formatMattersArisingJson(rows: readonly MattersArisingRow[], meeting: Meeting): string {
  const document = {
    version: ACTIONS_JSON_VERSION,
    meeting: meeting.id,
    date: meeting.date,
    rows: rows.map(({ action, update, completed }) => ({
      id: action.id,
      meeting: action.meetingId,
      date: action.date,
      minute: action.minute,
      title: action.itemTitle,
      text: action.text,
      owners: action.owners.map((o) => o.label),
      completed,
      update: update
        ? { meeting: update.meetingId, date: update.date, text: update.text, completes: update.completes }
        : null,
      updateText: describeRowUpdate({ action, update, completed }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
