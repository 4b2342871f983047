import { z } from 'zod';
import { ClockTime, IsoDate, RepoPath, Slug } from './common-schema.js';

/** The Update column of a Matters Arising row when no update was received, unless sbp.yaml says otherwise. */
const NO_UPDATE = 'No update received.';

/** An item every agenda of a body carries (apologies, minutes, matters arising...). */
export const StandingItemSchema = z.strictObject({
  title: z.string().min(1).describe('Title as printed on the agenda'),
  kind: z
    .enum(['apologies', 'previous-minutes', 'matters-arising', 'questions', 'next-meeting', 'other'])
    .optional()
    .describe('Items sbp fills in itself: previous-minutes and matters-arising get a generated paper'),
  description: z.string().optional().describe('Standing text printed under the item on the agenda'),
});

/** A committee or board of the partnership, with the names it has had. */
export const BodySchema = z.strictObject({
  id: Slug.describe('Stable id used in meeting files and action ids, e.g. board'),
  name: z.string().min(1).describe('Full printed name, e.g. Safer Bromley Partnership Board'),
  shortName: z.string().min(1).describe('Name after "To: Members of the", e.g. BOARD'),
  purpose: z.string().optional().describe('What the body is for, shown on its page of the public website (sbp site)'),
  formerNames: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        shortName: z.string().min(1),
        until: IsoDate.describe('Last day this name was used'),
      }),
    )
    .default([]),
  defaults: z.strictObject({ time: ClockTime.optional(), venue: z.string().optional() }).default({}),
  standingItems: z.array(StandingItemSchema).default([]),
});

/** Working-day rules for the dates printed on an agenda. */
export const DeadlinesSchema = z.strictObject({
  dispatchWorkingDaysBefore: z.int().min(0).max(60).default(7),
  agendaQuestionsWorkingDaysAfterDispatch: z.int().min(0).max(60).default(3),
  agendaQuestionsTime: ClockTime.default('17:00'),
  otherQuestionsWorkingDaysBefore: z.int().min(0).max(60).default(10),
});

/** sbp.yaml: the partnership, its bodies and its rules. */
export const ConfigSchema = z.strictObject({
  partnership: z.string().min(1).describe('e.g. Safer Bromley Partnership'),
  council: z.string().min(1).describe('e.g. London Borough of Bromley'),
  contact: z.strictObject({
    name: z.string().min(1),
    telephone: z.string().min(1),
    email: z.email('expected an e-mail address, e.g. clerk@bromley.gov.uk'),
  }),
  municipalYearStart: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month and day written as MM-DD, e.g. 05-01')
    .default('05-01')
    .describe('First day of the municipal year (MM-DD); minute numbers restart at 1 after it'),
  bodies: z.array(BodySchema).min(1, 'a partnership needs at least one body'),
  deadlines: DeadlinesSchema.default({
    dispatchWorkingDaysBefore: 7,
    agendaQuestionsWorkingDaysAfterDispatch: 3,
    agendaQuestionsTime: '17:00',
    otherQuestionsWorkingDaysBefore: 10,
  }),
  closureDays: z.array(IsoDate).default([]).describe('Days the council is closed besides bank holidays'),
  mattersArising: z
    .strictObject({
      noUpdate: z
        .string()
        .min(1)
        .default(NO_UPDATE)
        .describe('Printed in the Update column of an action no update was received for, e.g. "Awaiting update."'),
    })
    .default({ noUpdate: NO_UPDATE })
    .describe('Wording of the Matters Arising report'),
  templates: z
    .strictObject({
      dir: RepoPath.optional().describe('Folder of .hbs templates and partials overriding the bundled ones'),
      css: z.array(RepoPath).default([]).describe('Stylesheets added after the bundled one'),
    })
    .optional(),
});

/** sbp.yaml, as validated (defaults filled in). */
export type Config = z.infer<typeof ConfigSchema>;
/** One body of sbp.yaml. */
export type BodyConfig = z.infer<typeof BodySchema>;
