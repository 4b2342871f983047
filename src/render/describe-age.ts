import type { ActionListing } from '../model/list-actions.js';

/** "2 meetings, 98 days": how long an action has been (or was) outstanding. */
export function describeAge(listing: Pick<ActionListing, 'ageDays' | 'ageMeetings'>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(listing.ageMeetings, 'meeting')}, ${plural(listing.ageDays, 'day')}`;
}
