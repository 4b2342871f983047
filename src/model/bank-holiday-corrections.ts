/**
 * Where the `date-holidays` package (GB, ENG) disagrees with the official list of bank holidays in
 * England and Wales (gov.uk/bank-holidays and the Royal Proclamations). Checked for 1995-2027: the
 * package has every one-off day since 2014 (VE Day 2020, Platinum Jubilee and State Funeral 2022,
 * Coronation 2023) and every substitute day, but misses these older proclamations. Add a row here
 * only for a day proclaimed by the Crown; ordinary years come from the package.
 */
export const BANK_HOLIDAY_CORRECTIONS: { add: Record<string, string>; remove: Record<string, string> } = {
  add: {
    '1995-05-08': 'Early May bank holiday moved to VE Day (50th anniversary)',
    '1999-12-31': 'Millennium Eve',
    '2002-06-03': 'Golden Jubilee',
    '2002-06-04': 'Spring bank holiday (moved for the Golden Jubilee)',
    '2011-04-29': 'Royal Wedding',
    '2012-06-04': 'Spring bank holiday (moved for the Diamond Jubilee)',
  },
  remove: {
    '1995-05-01': 'Early May bank holiday moved to 8 May',
    '2002-05-27': 'Spring bank holiday moved to 4 June',
    '2012-05-28': 'Spring bank holiday moved to 4 June',
  },
};
