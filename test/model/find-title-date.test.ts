import { describe, expect, it } from 'vitest';
import { findTitleDate } from '../../src/model/find-title-date.js';

describe('findTitleDate', () => {
  it.each([
    ['Minutes of the previous meeting held on 29th November 2018', '2018-11-29'],
    ['MINUTES OF THE PREVIOUS MEETING HELD ON 14TH MARCH 2019', '2019-03-14'],
    ['Minutes of the meeting held on 14 March 2019', '2019-03-14'],
    ['The minutes of the meeting held on the 17th of June 2021', '2021-06-17'],
    ['Minutes of the meeting of 1st Sept. 2022', '2022-09-01'],
    ['Minutes of the meeting held on June 17th, 2021', '2021-06-17'],
    ['Minutes of 2021-09-09', '2021-09-09'],
    ['Minutes of the meeting held on 09/12/2021', '2021-12-09'],
  ])('reads "%s" as %s', (title, iso) => {
    expect(findTitleDate(title)).toBe(iso);
  });

  it.each([
    'Minutes of the previous meeting',
    'SBP strategic document, minutes, matters arising and actions',
    'Minutes of the meeting held on 31st February 2019',
    'Quarter 3: 2021 priorities',
  ])('finds no date in "%s"', (title) => {
    expect(findTitleDate(title)).toBeUndefined();
  });
});
