import type { ActionListing } from '../model/list-actions.js';
import type { Audience } from '../model/select-audience.js';
import { joinOwners } from './join-owners.js';

const HEADER = [
  'id',
  'body',
  'meeting',
  'date',
  'minute',
  'title',
  'text',
  'owners',
  'due',
  'standing',
  'status',
  'closed_on',
  'superseded_by',
  'overdue',
  'age_days',
  'age_meetings',
  'last_update_date',
  'last_update_text',
  'exempt_paragraph',
  'audience',
];

/**
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break) with a
 * header row. Every row says its audience (public, or members: not for publication) and an exempt
 * action's paragraph; a withheld (public, exempt) action has an empty text and no owners.
 */
export function formatActionsCsv(listings: readonly ActionListing[], audience: Audience): string {
  const rows = listings.map(({ action, ...l }) => [
    action.id,
    action.bodyId,
    action.meetingId,
    action.date,
    action.minute,
    action.itemTitle,
    action.text,
    joinOwners(action.owners),
    action.due ?? '',
    String(action.standing),
    l.status,
    l.closedOn ?? '',
    l.status === 'superseded' ? (action.supersededBy ?? '') : '',
    String(l.overdue),
    String(l.ageDays),
    String(l.ageMeetings),
    l.lastUpdate?.date ?? '',
    l.lastUpdate?.text ?? '',
    action.exempt ? String(action.exempt.paragraph) : '',
    audience,
  ]);
  return [HEADER, ...rows].map((row) => `${row.map(quoteCsvField).join(',')}\r\n`).join('');
}

/** A CSV field, quoted and with its quotes doubled when it needs to be. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
