import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/validate/schemas/common-schema.js';

describe('isRealDate', () => {
  it('knows month lengths and leap years, as the JSON Schema pattern does', () => {
    const real = ['2021-09-09', '2024-02-29', '2000-02-29', '2021-01-31', '2021-04-30', '1999-12-31'];
    const impossible = ['2023-02-29', '1900-02-29', '2021-02-30', '2021-04-31', '2021-13-01', '2021-00-10', '2021-9-9'];
    expect(real.filter((d) => !isRealDate(d))).toEqual([]);
    expect(impossible.filter((d) => isRealDate(d))).toEqual([]);
    // Every day of four centuries agrees with the calendar of Date.
    let checked = 0;
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2300, 0, 1); day += 86_400_000) {
      if (!isRealDate(new Date(day).toISOString().slice(0, 10))) throw new Error(new Date(day).toISOString());
      checked++;
    }
    expect(checked).toBe(146_097);
  });
});
