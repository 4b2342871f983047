import type { ActionFilters, ActionListing } from '../model/list-actions.js';
import type { ActionUpdate, Owner } from '../model/model-types.js';
import type { Audience } from '../model/select-audience.js';

/** Version of the `sbp actions --format json` document; bumped only when a field changes meaning or goes. */
export const ACTIONS_JSON_VERSION = 1;

/**
 * The stable JSON of `sbp actions --format json`: every key always present (null when empty), in a
 * fixed order, so scripts can rely on it. Documented in README ("sbp actions: JSON output").
 */
export function formatActionsJson(
  listings: readonly ActionListing[],
  filters: ActionFilters,
  audience: Audience,
): string {
  const document = {
    version: ACTIONS_JSON_VERSION,
    audience,
    asOf: filters.asOf,
    filters: {
      status: filters.status ?? 'open',
      owner: filters.owner ?? null,
      body: filters.body ?? null,
      since: filters.since ?? null,
      overdue: filters.overdue ?? false,
    },
    count: listings.length,
    actions: listings.map(toJsonAction),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One action as the JSON document writes it. */
export function toJsonAction(listing: ActionListing) {
  const { action } = listing;
  return {
    id: action.id,
    body: action.bodyId,
    meeting: action.meetingId,
    date: action.date,
    minute: action.minute,
    title: action.itemTitle,
    text: action.text,
    owners: action.owners.map(toJsonOwner),
    due: action.due ?? null,
    standing: action.standing,
    status: listing.status,
    closedOn: listing.closedOn ?? null,
    supersededBy: listing.status === 'superseded' ? (action.supersededBy ?? null) : null,
    overdue: listing.overdue,
    age: { days: listing.ageDays, meetings: listing.ageMeetings },
    lastUpdate: listing.lastUpdate ? toJsonUpdate(listing.lastUpdate) : null,
    updates: listing.updates.map(toJsonUpdate),
    file: action.src.file,
    exempt: action.exempt ? { paragraph: action.exempt.paragraph } : null,
    withheld: action.withheld === true,
  };
}

function toJsonOwner(owner: Owner) {
  return { label: owner.label, person: owner.personId ?? null, group: owner.groupId ?? null };
}

function toJsonUpdate(update: ActionUpdate) {
  return {
    meeting: update.meetingId,
    date: update.date,
    text: update.text,
    completes: update.completes,
    file: update.src.file,
  };
}
