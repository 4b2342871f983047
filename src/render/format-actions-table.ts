import type { ActionListing } from '../model/list-actions.js';
import type { Audience } from '../model/select-audience.js';
import { describeActionText, describeAudience } from './describe-exemption.js';
import { joinOwners } from './join-owners.js';

const GAP = '  ';
const MIN_TEXT = 30;
const UNDER_INDENT = 4;

/**
 * A plain-text table that fits `width` columns: id, owners, status, age and due in full; the
 * resolution and, under it, the latest update cut to the room left.
 */
export function formatActionsTable(listings: readonly ActionListing[], width: number, audience: Audience): string {
  if (listings.length === 0) return `${describeAudience(audience)}No actions match.\n`;
  const withDue = listings.some((l) => l.action.due);
  const header = ['ACTION', 'OWNERS', 'STATUS', 'AGE', ...(withDue ? ['DUE'] : [])];
  const rows = listings.map((l) => [
    l.action.id,
    joinOwners(l.action.owners),
    l.status === 'open' ? (l.action.standing ? 'standing' : 'open') : `${l.status} ${l.closedOn}`,
    `${l.ageMeetings} mtg, ${l.ageDays} d`,
    ...(withDue ? [l.action.due ? `${l.action.due}${l.overdue ? '!' : ''}` : '-'] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const indent = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  // On a narrow terminal the text goes on lines of its own under each row, rather than being cut to nothing.
  const under = width - indent < MIN_TEXT;
  const room = under ? width - UNDER_INDENT : width - indent;
  const pad = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(GAP) + GAP;
  const lead = ' '.repeat(under ? UNDER_INDENT : indent);
  const lines = [pad(header) + (under ? '' : 'RESOLUTION / LATEST UPDATE')];
  listings.forEach((l, i) => {
    const resolution = truncate(`${l.action.minute}: ${describeActionText(l.action)}`, room);
    lines.push(...(under ? [pad(rows[i]), lead + resolution] : [pad(rows[i]) + resolution]));
    if (l.lastUpdate) lines.push(lead + truncate(`↳ ${l.lastUpdate.date}: ${l.lastUpdate.text}`, room));
  });
  return `${describeAudience(audience)}${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** One line of at most `max` characters, ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
