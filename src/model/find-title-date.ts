const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// "14th March 2019", "14 March 2019", "the 17th of June 2021"; "March 14th, 2019"; "2019-03-14"; "14/03/2019".
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;

/** The date an agenda title names ("Minutes of the meeting held on 29th November 2018" → 2018-11-29), if any. */
export function findTitleDate(title: string): string | undefined {
  let m = DAY_MONTH_YEAR.exec(title);
  if (m) return toIso(Number(m[3]), monthOf(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(title);
  if (m) return toIso(Number(m[3]), monthOf(m[1]), Number(m[2]));
  m = ISO.exec(title);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Numeric dates in the council's papers are day first.
  m = NUMERIC.exec(title);
  if (m) return toIso(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
