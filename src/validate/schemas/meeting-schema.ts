import { z } from 'zod';
import { ClockTime, IsoDate, RepoPath, Slug } from './common-schema.js';

/** Who, by person id or initials. */
const PersonRef = z.string().min(1).describe('A person id from roster.yaml (e.g. kate-lymer) or their initials');

/** A person at this meeting with the title printed for them in its minutes, overriding the roster's. */
const TitledPerson = z.strictObject({
  person: PersonRef,
  title: z
    .string()
    .min(1)
    .describe('Title/organisation as printed in these minutes, e.g. LBB-Consultant in Public Health'),
});

/** A paper in the pack: a Markdown report or a PDF inside the repository. */
export const PaperRefSchema = z.union([
  RepoPath,
  z.strictObject({ path: RepoPath, title: z.string().optional() }),
  z
    .strictObject({ generate: z.enum(['previous-minutes', 'matters-arising']) })
    .describe("A paper sbp writes itself: the previous meeting's minutes or the Matters Arising report"),
]);

/** A decision of the meeting; with owners it is an action. */
export const ResolutionSchema = z.strictObject({
  text: z.string().min(1).describe('What was resolved, without the words "RESOLVED that"'),
  owners: z.array(z.string().min(1)).default([]).describe('Initials, person ids or group codes (SBP)'),
  due: IsoDate.optional(),
  standing: z.boolean().default(false).describe('Stays open meeting after meeting until closed'),
  done: z.boolean().default(false).describe('Completed at the meeting itself: never outstanding'),
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .describe('Override of the generated action id'),
  supersedes: z.string().optional().describe('Id of an earlier action this resolution replaces'),
});

const itemFields = {
  title: z.string().min(1),
  kind: z.enum(['apologies', 'previous-minutes', 'matters-arising', 'questions', 'next-meeting', 'other']).optional(),
  description: z.string().optional().describe('Text printed under the item on the agenda'),
  papers: z.array(PaperRefSchema).default([]),
  exempt: z
    .strictObject({
      paragraph: z.int().min(1).max(7).describe('Paragraph of Schedule 12A, Local Government Act 1972'),
      reason: z.string().optional(),
    })
    .optional()
    .describe('Part 2 item: never in the public pack'),
  reportNumber: z.string().optional().describe('Report No. of a generated paper, e.g. CSD19092'),
  resolutions: z.array(ResolutionSchema).default([]),
};

/** A lettered sub-item (7a, 32b). */
export const SubItemSchema = z.strictObject({
  ...itemFields,
  minute: z
    .string()
    .regex(/^\d+[a-z]$/)
    .optional(),
});

/** An agenda item, numbered on the agenda and given a minute number. */
export const ItemSchema = z.strictObject({
  ...itemFields,
  minute: z.int().min(1).optional().describe('Explicit minute number; checked against the sequence'),
  items: z.array(SubItemSchema).default([]),
});

/** A reported update on an earlier action (Matters Arising). */
export const UpdateSchema = z.strictObject({
  action: z.string().min(1).describe('Action id, e.g. board-2019-03-14-m64'),
  text: z
    .string()
    .describe('The update reported at this meeting; sbp new-minutes leaves it empty ("") for the clerk to write'),
  completes: z.boolean().default(false).describe('This update closes the action'),
});

/** The body's previous meeting, declared by the clerk when its file is not in the repository. */
export const PreviousMeetingSchema = z
  .strictObject({
    date: IsoDate.describe("Date of the body's meeting before this one"),
    lastMinute: z
      .int()
      .min(1)
      .optional()
      .describe("Its last minute number, so that this meeting's minutes continue from it"),
    minutes: z
      .union([z.literal('none'), RepoPath.regex(/\.pdf$/i, 'expected the path of a PDF paper (ending .pdf), or none')])
      .optional()
      .describe(
        'Its minutes as a PDF paper of the repository (the pack prints them), or none: the pack carries no copy',
      ),
  })
  .describe("The body's previous meeting, when its file is not in the repository");

/** Front matter of one meeting file. */
export const MeetingSchema = z
  .strictObject({
    body: Slug,
    date: IsoDate,
    time: ClockTime,
    venue: z.string().min(1).optional(),
    virtual: z.strictObject({ stream: z.url() }).optional(),
    status: z.enum(['draft-agenda', 'agenda-published', 'draft-minutes', 'minutes-approved']),
    cancelled: z
      .boolean()
      .optional()
      .describe('The meeting was called off: kept on the record, shown as cancelled, STATUS:CANCELLED in calendars'),
    dispatched: IsoDate.optional().describe('Date printed on the pack; computed when absent'),
    minuteStart: z
      .int()
      .min(1)
      .optional()
      .describe('First minute number, when earlier meetings of the year are not in the repository'),
    previousMeeting: PreviousMeetingSchema.optional(),
    skippedMinutes: z
      .array(z.union([z.int().min(1), z.string().regex(/^\d+[a-z]?$/, 'expected a minute number such as 41 or 68a')]))
      .default([])
      .describe('Minute numbers the printed minutes skip on purpose (e.g. 68a); other skips are reported'),
    attendance: z
      .strictObject({
        present: z.array(z.union([PersonRef, TitledPerson])).default([]),
        alsoPresent: z
          .array(
            z.union([
              PersonRef,
              TitledPerson,
              z
                .strictObject({ name: z.string().min(1), title: z.string().optional() })
                .describe('A guest not in the roster'),
            ]),
          )
          .default([]),
        apologies: z
          .array(z.union([PersonRef, z.strictObject({ person: PersonRef, substitute: PersonRef.optional() })]))
          .default([]),
        declarations: z
          .array(z.strictObject({ person: PersonRef, item: z.string().optional(), interest: z.string().min(1) }))
          .default([]),
      })
      .optional(),
    chair: z
      .union([PersonRef, z.array(PersonRef).min(1)])
      .optional()
      .describe("Who chaired, when not the body's chairman: one person, or a list of joint chairmen"),
    items: z.array(ItemSchema).min(1, 'a meeting needs at least one agenda item'),
    updates: z.array(UpdateSchema).default([]),
    ended: ClockTime.optional(),
    nextMeeting: z.strictObject({ date: IsoDate, time: ClockTime.optional() }).optional(),
  })
  .refine((m) => !(m.venue && m.virtual), { message: 'give either venue or virtual, not both', path: ['virtual'] });

/** A meeting file's front matter, as validated. */
export type MeetingFrontMatter = z.infer<typeof MeetingSchema>;
/** An agenda item as written in the front matter. */
export type ItemFrontMatter = z.infer<typeof ItemSchema>;
/** A sub-item as written in the front matter. */
export type SubItemFrontMatter = z.infer<typeof SubItemSchema>;
/** A resolution as written in the front matter. */
export type ResolutionFrontMatter = z.infer<typeof ResolutionSchema>;
