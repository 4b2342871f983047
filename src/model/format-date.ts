const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string): { y: number; m: number; d: number; weekday: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** "2019-06-20" → "20 June 2019". */
export function formatLongDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2019-06-20" → "Thursday 20 June 2019". */
export function formatDayDate(iso: string): string {
  return `${DAYS[parts(iso).weekday]} ${formatLongDate(iso)}`;
}

/** 14 → "14th", 22 → "22nd". */
export function formatOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "2019-03-14" → "14th March 2019", as agenda titles write it. */
export function formatOrdinalDate(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${formatOrdinal(d)} ${MONTHS[m - 1]} ${y}`;
}

/** "10:00" → "10.00 am", "14:30" → "2.30 pm", "12:00" → "12.00 pm". */
export function formatClock(time: string): string {
  const [h, min] = time.split(':').map(Number);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${String(min).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
}
