import { z } from 'zod';
import { ClockTime, IsoDate, RepoPath, Slug } from './common-schema.js';

/** Who, by person id or initials. */
const PersonRef = z.string().min(1).describe('A person id from roster.yaml (e.g. kate-lymer) or their initials');

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
  text: z.string().min(1),
  completes: z.boolean().default(false).describe('This update closes the action'),
});

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
    attendance: z
      .strictObject({
        present: z.array(PersonRef).default([]),
        alsoPresent: z
          .array(z.union([PersonRef, z.strictObject({ name: z.string().min(1), title: z.string().optional() })]))
          .default([]),
        apologies: z
          .array(z.union([PersonRef, z.strictObject({ person: PersonRef, substitute: PersonRef.optional() })]))
          .default([]),
        declarations: z
          .array(z.strictObject({ person: PersonRef, item: z.string().optional(), interest: z.string().min(1) }))
          .default([]),
      })
      .optional(),
    chair: PersonRef.optional().describe("Who chaired, when not the body's chairman"),
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
