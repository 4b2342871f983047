import { describeMattersArisingRow, joinRowUpdates } from './describe-matters-arising-row.js';
import type { MattersArisingReport } from './format-matters-arising.js';

/**
 * Version of the `sbp actions --report --format json` document: 2 since rows are minutes (each with
 * its resolutions and distinct updates) rather than single actions. Documented in README.
 */
export const MATTERS_ARISING_JSON_VERSION = 2;

/** The Matters Arising report of `sbp actions --report <meeting> --format json`: every key always present. */
export function formatMattersArisingJson(report: MattersArisingReport): string {
  const document = {
    version: MATTERS_ARISING_JSON_VERSION,
    audience: report.audience,
    meeting: report.meeting.id,
    date: report.meeting.date,
    title: report.title,
    rows: report.rows.map((row) => {
      const words = describeMattersArisingRow(row, report.noUpdate);
      return {
        meeting: row.meetingId,
        date: row.date,
        minute: row.minute,
        title: row.itemTitle,
        exempt: row.exempt ? { paragraph: row.exempt.paragraph } : null,
        withheld: row.withheld,
        resolutions: row.entries.map(({ action, completed, superseded }) => ({
          id: action.id,
          index: action.index,
          text: row.withheld ? null : action.text,
          owners: action.owners.map((o) => o.label),
          standing: action.standing,
          completed,
          superseded,
          supersededBy: superseded ? (action.supersededBy ?? null) : null,
        })),
        updates: row.updates.map(({ update, covers }) => ({
          meeting: update.meetingId,
          date: update.date,
          text: update.text,
          completes: update.completes,
          covers: covers.map((e) => e.action.id),
        })),
        updateText: joinRowUpdates(words),
      };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
