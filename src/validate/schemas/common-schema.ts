import { z } from 'zod';

/**
 * The days of the Gregorian calendar as YYYY-MM-DD: month lengths, and 29 February in leap years only.
 * Written as a pattern (not only a check in code) so that the JSON Schema lets an editor refuse 30 February too.
 */
const REAL_DATE =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

/** A calendar date written as YYYY-MM-DD that really exists (no 31 February). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD, e.g. 2021-09-09')
  .regex(REAL_DATE, 'this date does not exist in the calendar')
  .describe('A date written as YYYY-MM-DD, in quotes, e.g. "2021-09-09"');

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
  return REAL_DATE.test(value);
}
