import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_BY_YEAR } from '../../src/model/bank-holidays-by-year.js';
import { listBankHolidays } from '../../src/model/list-bank-holidays.js';

const calendar = new Holidays('GB', 'ENG', { types: ['public'] });
const fromPackage = (year: number) =>
  [
    ...new Set(
      calendar
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    ),
  ].sort();

describe('the bank-holiday table generated from date-holidays', () => {
  it('says what the installed date-holidays says, for every year it holds (else run npm run bank-holidays)', () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++)
      expect(
        BANK_HOLIDAYS_BY_YEAR[year].split(' ').map((day) => `${year}-${day}`),
        String(year),
      ).toEqual(fromPackage(year));
  });

  it('covers the years around today, and a year outside it is asked of the package itself', () => {
    expect(BANK_HOLIDAY_YEARS.first).toBeLessThanOrEqual(1995);
    expect(BANK_HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2050);
    const later = BANK_HOLIDAY_YEARS.last + 5;
    expect([...listBankHolidays(later)]).toEqual(fromPackage(later));
    expect([...listBankHolidays(later)]).toContain(`${later}-12-25`);
  });
});
