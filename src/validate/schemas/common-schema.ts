import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD that really exists (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD, e.g. 2021-09-09')
  .refine(isRealDate, 'this date does not exist in the calendar');

/** A 24-hour clock time written as HH:MM. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time written as HH:MM, e.g. 10:00 or 14:30');

/** A lower-case identifier made of letters, digits and hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens, e.g. kate-lymer');

/** A path inside the meetings repository, written with forward slashes. */
export const RepoPath = z.string().min(1, 'a path cannot be empty');

/** Whether YYYY-MM-DD names a real day. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
