const DAY_MS = 86_400_000;

/** The ISO date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(parseIsoDate(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to) - parseIsoDate(from)) / DAY_MS);
}

/** Day of the week of an ISO date: 0 Sunday ... 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(parseIsoDate(date)).getUTCDay();
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function todayIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parseIsoDate(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not an ISO date: ${date}`);
  return time;
}
