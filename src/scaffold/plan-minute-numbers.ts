import type { PreviousMeeting } from '../model/decide-previous-meeting.js';

/**
 * The first minute number of a new meeting: one past the last minute of its previous meeting when that
 * meeting is of the same municipal year, or 1 when the new meeting opens the year.
 */
export function planFirstMinute(previous: PreviousMeeting, municipalYear: number): number {
  const latest = previous.meeting;
  if (!latest || latest.municipalYear !== municipalYear) return 1;
  const numbers = latest.items.map((item) => Number.parseInt(item.minute, 10)).filter(Number.isFinite);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}
