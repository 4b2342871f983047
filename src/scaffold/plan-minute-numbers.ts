import type { Meeting } from '../model/model-types.js';

/**
 * The first minute number of a new meeting: one past the last minute of the body's latest earlier
 * meeting in the same municipal year, or 1 when the new meeting opens the year.
 */
export function planFirstMinute(
  meetings: readonly Meeting[],
  bodyId: string,
  date: string,
  municipalYear: number,
): number {
  let latest: Meeting | undefined;
  for (const m of meetings) {
    if (m.bodyId === bodyId && m.municipalYear === municipalYear && m.date < date && (!latest || m.date > latest.date))
      latest = m;
  }
  if (!latest) return 1;
  const numbers = latest.items.map((item) => Number.parseInt(item.minute, 10)).filter(Number.isFinite);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}
