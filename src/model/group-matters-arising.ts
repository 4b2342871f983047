import type { ActionUpdate } from './model-types.js';
import type { MattersArisingEntry } from './report-matters-arising.js';

/** One update as a Matters Arising report prints it: once, with the entries (resolutions) it reports on. */
export interface MattersArisingUpdate {
  update: ActionUpdate;
  covers: MattersArisingEntry[];
}

/**
 * One row of a Matters Arising report, as the seeds lay it out: one minute of an earlier meeting with
 * all its resolutions still on the list, and each distinct update printed once.
 */
export interface MattersArisingRow {
  meetingId: string;
  date: string;
  minute: string;
  itemTitle: string;
  /** The minute was exempt (Part 2). */
  exempt?: { paragraph: number };
  /** The public view: the minute is exempt and nothing of its resolutions or updates may be printed. */
  withheld: boolean;
  entries: MattersArisingEntry[];
  /** Distinct updates in the order of the resolutions they report on; entries with no update are in none. */
  updates: MattersArisingUpdate[];
}

/**
 * Group a report's entries by minute, in the order the minutes were resolved. An update written word
 * for word on several resolutions of one minute (one reply to a whole minute) is one update covering them.
 */
export function groupMattersArising(entries: readonly MattersArisingEntry[]): MattersArisingRow[] {
  const rows = new Map<string, MattersArisingRow>();
  for (const entry of entries) {
    const { action } = entry;
    const key = `${action.meetingId}\0${action.minute}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        meetingId: action.meetingId,
        date: action.date,
        minute: action.minute,
        itemTitle: action.itemTitle,
        exempt: action.exempt,
        withheld: action.withheld === true,
        entries: [],
        updates: [],
      };
      rows.set(key, row);
    }
    row.entries.push(entry);
    if (!entry.update) continue;
    const same = row.updates.find((u) => sameUpdate(u.update, entry.update as ActionUpdate));
    if (same) same.covers.push(entry);
    else row.updates.push({ update: entry.update, covers: [entry] });
  }
  return [...rows.values()];
}

function sameUpdate(a: ActionUpdate, b: ActionUpdate): boolean {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  return a.meetingId === b.meetingId && flat(a.text) === flat(b.text);
}
