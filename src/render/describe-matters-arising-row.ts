import type { MattersArisingRow } from '../model/group-matters-arising.js';
import type { MattersArisingEntry } from '../model/report-matters-arising.js';
import { joinOwners } from './join-owners.js';

/** One resolution of a Matters Arising row, as every format prints it. */
export interface RowResolution {
  /** "(2)": the resolution's number in the minutes, when the row lists several. */
  label?: string;
  id: string;
  text: string;
  owners: string;
  standing: boolean;
  /** "Completed." or "Superseded by …": closed since the previous meeting. */
  status?: string;
}

/** A Matters Arising row in words: what every format (the pack, the terminal, Markdown, JSON) prints. */
export interface RowWords {
  /** "Not for publication (exempt: paragraph 3)." in the public view; "NOT FOR PUBLICATION (…)" for members. */
  exemptNote?: string;
  /** Empty when the row is withheld (the public view of an exempt minute). */
  resolutions: RowResolution[];
  /** The Update column: each distinct update once, labelled with the resolutions it covers when not all. */
  updates: { label?: string; text: string }[];
}

/** Put a Matters Arising row into words; `noUpdate` is the clerk's wording for an action with no update. */
export function describeMattersArisingRow(row: MattersArisingRow, noUpdate: string): RowWords {
  const paragraph = row.exempt ? `exempt: paragraph ${row.exempt.paragraph}` : '';
  if (row.withheld) {
    return { exemptNote: `Not for publication (${paragraph}).`, resolutions: [], updates: [{ text: 'Withheld.' }] };
  }
  const several = row.entries.length > 1;
  const labelOf = (entries: readonly MattersArisingEntry[]) =>
    several && entries.length < row.entries.length ? entries.map((e) => `(${e.action.index})`).join(' ') : undefined;
  const resolutions = row.entries.map(
    (entry): RowResolution => ({
      label: several ? `(${entry.action.index})` : undefined,
      id: entry.action.id,
      text: entry.action.text,
      owners: joinOwners(entry.action.owners),
      standing: entry.action.standing,
      status: entry.completed
        ? 'Completed.'
        : entry.superseded
          ? `Superseded by ${entry.action.supersededBy}.`
          : undefined,
    }),
  );
  const waiting = row.entries.filter((e) => !e.update);
  const updates: RowWords['updates'] = [];
  let waitingSaid = false;
  for (const entry of row.entries) {
    const group = row.updates.find((u) => u.covers[0] === entry);
    if (group) updates.push({ label: labelOf(group.covers), text: group.update.text });
    else if (!entry.update && !waitingSaid) {
      updates.push({ label: labelOf(waiting), text: noUpdate });
      waitingSaid = true;
    }
  }
  return { exemptNote: row.exempt ? `NOT FOR PUBLICATION (${paragraph})` : undefined, resolutions, updates };
}

/** The Update column as one line of text: "(1) No update received. (2) Hate Crime has been incorporated…". */
export function joinRowUpdates(words: RowWords, separator = ' '): string {
  return words.updates.map((u) => (u.label ? `${u.label} ${u.text}` : u.text)).join(separator);
}
