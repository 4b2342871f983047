import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, isWorkingDay } from '../../src/model/count-working-days.js';
import { isBankHoliday, listBankHolidays } from '../../src/model/list-bank-holidays.js';

describe('bank holidays in England and Wales', () => {
  it('include the one-off days and the moved holidays', () => {
    for (const day of [
      '2020-05-08',
      '2022-06-02',
      '2022-06-03',
      '2022-09-19',
      '2023-05-08',
      '2011-04-29',
      '2012-06-04',
      '2012-06-05',
      '1999-12-31',
    ]) {
      expect(isBankHoliday(day), day).toBe(true);
    }
    for (const day of ['2020-05-04', '2022-05-30', '2012-05-28', '2002-05-27'])
      expect(isBankHoliday(day), day).toBe(false);
  });

  it('include substitute days when a holiday falls at a weekend', () => {
    expect([...listBankHolidays(2021)].filter((d) => d >= '2021-12-01')).toEqual([
      '2021-12-25',
      '2021-12-26',
      '2021-12-27',
      '2021-12-28',
    ]);
    expect(isBankHoliday('2022-01-03')).toBe(true);
    expect(isBankHoliday('2026-12-28')).toBe(true);
  });

  it('are the eight ordinary days in an ordinary year', () => {
    expect([...listBankHolidays(2019)]).toEqual([
      '2019-01-01',
      '2019-04-19',
      '2019-04-22',
      '2019-05-06',
      '2019-05-27',
      '2019-08-26',
      '2019-12-25',
      '2019-12-26',
    ]);
  });
});

describe('working days', () => {
  it('skip weekends, Easter 2022 and closure days', () => {
    expect(isWorkingDay('2022-04-14')).toBe(true);
    expect(isWorkingDay('2022-04-15')).toBe(false);
    expect(isWorkingDay('2022-04-16')).toBe(false);
    expect(isWorkingDay('2022-04-18')).toBe(false);
    expect(isWorkingDay('2022-04-19', ['2022-04-19'])).toBe(false);
    // Thursday 14 April to Wednesday 20 April 2022: 19 and 20 only.
    expect(countWorkingDays('2022-04-14', '2022-04-20')).toBe(2);
    expect(countWorkingDays('2022-04-20', '2022-04-14')).toBe(-2);
    expect(countWorkingDays('2022-04-14', '2022-04-20', new Set(['2022-04-19']))).toBe(1);
  });

  it('count back across Christmas 2021 and New Year 2022', () => {
    // 5, 4 January; 3 January is New Year's substitute; 31, 30, 29 December; 27 and 28 are substitutes; 24, 23.
    expect(addWorkingDays('2022-01-06', -7)).toBe('2021-12-23');
    expect(addWorkingDays('2021-12-23', 7)).toBe('2022-01-06');
    expect(addWorkingDays('2021-12-23', 0)).toBe('2021-12-23');
  });

  it('count across the Platinum Jubilee and the Coronation', () => {
    // Thursday 9 June 2022: back past Friday 3 and Thursday 2 June.
    expect(addWorkingDays('2022-06-09', -7)).toBe('2022-05-27');
    // Thursday 11 May 2023: back past Monday 8 May (Coronation) and Monday 1 May.
    expect(addWorkingDays('2023-05-11', -7)).toBe('2023-04-28');
  });

  it('treat a closure day as a non-working day', () => {
    expect(addWorkingDays('2021-12-09', -7, ['2021-12-01'])).toBe('2021-11-29');
  });
});
