import { createRequire } from 'node:module';
import type HolidaysClass from 'date-holidays';
import { BANK_HOLIDAY_CORRECTIONS } from './bank-holiday-corrections.js';
import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_BY_YEAR } from './bank-holidays-by-year.js';

type Holidays = InstanceType<typeof HolidaysClass>;

let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlySet<string>>();

/** Bank holidays in England and Wales in one year, as ISO dates (from date-holidays, corrected). */
export function listBankHolidays(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(computeBankHolidays(year));
    byYear.set(year, days);
  }
  return days;
}

/** Whether an ISO date is a bank holiday in England and Wales. */
export function isBankHoliday(date: string): boolean {
  return listBankHolidays(Number(date.slice(0, 4))).has(date);
}

function computeBankHolidays(year: number): string[] {
  const days = new Set(readPackageHolidays(year));
  const prefix = `${year}-`;
  for (const date of Object.keys(BANK_HOLIDAY_CORRECTIONS.remove)) if (date.startsWith(prefix)) days.delete(date);
  for (const date of Object.keys(BANK_HOLIDAY_CORRECTIONS.add)) if (date.startsWith(prefix)) days.add(date);
  return [...days].sort();
}

/** date-holidays' public holidays of the year: from the table generated from it, else from the package itself. */
function readPackageHolidays(year: number): string[] {
  if (year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last)
    return BANK_HOLIDAYS_BY_YEAR[year].split(' ').map((day) => `${year}-${day}`);
  return loadCalendar()
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10));
}

function loadCalendar(): Holidays {
  // date-holidays carries the whole world's rules (~200 ms to load): required only for a year outside the table,
  // so that a build does not wait for it before its first print.
  if (!calendar) {
    const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysClass;
    calendar = new Holidays('GB', 'ENG', { types: ['public'] });
  }
  return calendar;
}
