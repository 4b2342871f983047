import { describe, expect, it } from 'vitest';
import { formatClock, formatDayDate, formatOrdinalDate } from '../../src/model/format-date.js';

describe('format-date', () => {
  it('writes dates and times as the council does', () => {
    expect(formatDayDate('2019-06-20')).toBe('Thursday 20 June 2019');
    expect(formatOrdinalDate('2019-03-14')).toBe('14th March 2019');
    expect(
      ['2021-03-01', '2021-03-02', '2021-03-03', '2021-03-11', '2021-03-22']
        .map(formatOrdinalDate)
        .map((d) => d.split(' ')[0]),
    ).toEqual(['1st', '2nd', '3rd', '11th', '22nd']);
    expect(['10:00', '12:00', '14:30', '00:15'].map(formatClock)).toEqual([
      '10.00 am',
      '12.00 pm',
      '2.30 pm',
      '12.15 am',
    ]);
  });
});
