import { addDays, weekdayOf } from './add-days.js';
import { isBankHoliday } from './list-bank-holidays.js';

/** Days the council is closed besides weekends and bank holidays (config `closureDays`). */
export type ClosureDays = ReadonlySet<string> | readonly string[];

/** Whether an ISO date is a working day: not a weekend, a bank holiday in England and Wales, or a closure day. */
export function isWorkingDay(date: string, closureDays: ClosureDays = []): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  if (hasDay(closureDays, date)) return false;
  return !isBankHoliday(date);
}

/** Working days after `from` up to and including `to` (negative when `to` is earlier). */
export function countWorkingDays(from: string, to: string, closureDays: ClosureDays = []): number {
  if (to < from) return -countWorkingDays(to, from, closureDays);
  let count = 0;
  for (let day = from; day !== to; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, closureDays)) count++;
  }
  return count;
}

/** The working day `n` working days after `date` (before, when `n` is negative). */
export function addWorkingDays(date: string, n: number, closureDays: ClosureDays = []): string {
  const step = n >= 0 ? 1 : -1;
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, closureDays)) left--;
  }
  return day;
}

function hasDay(days: ClosureDays, date: string): boolean {
  return 'has' in days ? days.has(date) : days.includes(date);
}
