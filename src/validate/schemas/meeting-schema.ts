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
  z.strictObject({
    path: RepoPath.describe('Repository path of a Markdown or PDF paper, e.g. papers/2021-12-09/dashboard.pdf'),
    title: z.string().optional().describe('Title printed for it in the pack, when not its own'),
  }),
  z
    .strictObject({
      generate: z
        .enum(['previous-minutes', 'matters-arising'])
        .describe('Which paper sbp writes, e.g. matters-arising'),
    })
    .describe("A paper sbp writes itself: the previous meeting's minutes or the Matters Arising report"),
]);

/** A decision of the meeting; with owners it is an action. */
export const ResolutionSchema = z.strictObject({
  text: z.string().min(1).describe('What was resolved, without the words "RESOLVED that"'),
  owners: z.array(z.string().min(1)).default([]).describe('Initials, person ids or group codes (SBP)'),
  due: IsoDate.optional().describe('When the action is due, e.g. "2022-03-17"; overdue after it'),
  standing: z.boolean().default(false).describe('Stays open meeting after meeting until closed'),
  done: z.boolean().default(false).describe('Completed at the meeting itself: never outstanding'),
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .describe('Override of the generated action id, e.g. board-2021-09-09-strategy'),
  supersedes: z.string().optional().describe('Id of an earlier action this resolution replaces'),
});

const itemFields = {
  title: z.string().min(1).describe('As printed on the agenda and in the minutes, e.g. Police update'),
  kind: z
    .enum(['apologies', 'previous-minutes', 'matters-arising', 'questions', 'next-meeting', 'other'])
    .optional()
    .describe('Items sbp fills in itself, e.g. matters-arising (gets the generated report as its paper)'),
  description: z.string().optional().describe('Text printed under the item on the agenda (Markdown)'),
  papers: z
    .array(PaperRefSchema)
    .default([])
    .describe('Its papers in the pack, e.g. [papers/2021-12-09/terms-of-reference.md]'),
  exempt: z
    .strictObject({
      paragraph: z.int().min(1).max(7).describe('Paragraph of Schedule 12A, Local Government Act 1972, e.g. 3'),
      reason: z.string().optional().describe("Why, for the members' copy only (never published)"),
    })
    .optional()
    .describe('Part 2 item: never in the public pack'),
  reportNumber: z.string().optional().describe('Report No. of a generated paper, e.g. CSD19092'),
  resolutions: z
    .array(ResolutionSchema)
    .default([])
    .describe('What was RESOLVED, e.g. - { text: the update is noted., owners: [RV] }'),
};

/** A lettered sub-item (7a, 32b). */
export const SubItemSchema = z.strictObject({
  ...itemFields,
  minute: z
    .string()
    .regex(/^\d+[a-z]$/)
    .optional()
    .describe('Explicit minute number with its letter, e.g. 68b; checked against the sequence'),
});

/** An agenda item, numbered on the agenda and given a minute number. */
export const ItemSchema = z.strictObject({
  ...itemFields,
  minute: z.int().min(1).optional().describe('Explicit minute number; checked against the sequence'),
  items: z
    .array(SubItemSchema)
    .default([])
    .describe('Sub-items, lettered 7a, 7b on the agenda and 68a, 68b in the minutes'),
});

/** A reported update on an earlier action (Matters Arising). */
export const UpdateSchema = z.strictObject({
  action: z.string().min(1).describe('Action id, e.g. board-2019-03-14-m64'),
  text: z
    .string()
    .describe('The update reported at this meeting; sbp new-minutes leaves it empty ("") for the clerk to write'),
  completes: z.boolean().default(false).describe('This update closes the action, e.g. true'),
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
    body: Slug.describe('The body that meets: an id from sbp.yaml, e.g. board'),
    date: IsoDate.describe('The day of the meeting, e.g. "2021-12-09" (the file is named after it)'),
    time: ClockTime.describe('Start time, e.g. "10:00"'),
    venue: z.string().min(1).optional().describe('Where it meets, e.g. Committee Room 1 - Bromley Civic Centre'),
    virtual: z
      .strictObject({
        stream: z.url().describe('Address of the live stream, e.g. https://www.bromley.gov.uk/councilmeetingslive'),
      })
      .optional()
      .describe('A meeting held online, with its live-stream link, instead of a venue'),
    status: z
      .enum(['draft-agenda', 'agenda-published', 'draft-minutes', 'minutes-approved'])
      .describe('Where the meeting is in its life, e.g. agenda-published; minutes print DRAFT until minutes-approved'),
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
        present: z
          .array(z.union([PersonRef, TitledPerson]))
          .default([])
          .describe('Members present, e.g. [kate-lymer, { person: chloe-todd, title: Consultant in Public Health }]'),
        alsoPresent: z
          .array(
            z.union([
              PersonRef,
              TitledPerson,
              z
                .strictObject({
                  name: z.string().min(1).describe('Name of a guest not in the roster, as printed, e.g. Rose Cree'),
                  title: z.string().optional().describe('Their title or organisation, e.g. Bromley Changes'),
                })
                .describe('A guest not in the roster'),
            ]),
          )
          .default([])
          .describe('Councillors, officers and guests in attendance, e.g. [steve-wood]'),
        apologies: z
          .array(
            z.union([
              PersonRef,
              z.strictObject({
                person: PersonRef,
                substitute: PersonRef.optional().describe('Who attended in their place, e.g. lisa-ramsell'),
              }),
            ]),
          )
          .default([])
          .describe('Who sent apologies, e.g. [rob-vale, { person: katie-nash, substitute: lisa-ramsell }]'),
        declarations: z
          .array(
            z.strictObject({
              person: PersonRef,
              item: z.string().optional().describe('The item it concerns, e.g. 7'),
              interest: z.string().min(1).describe('The interest declared, e.g. a trustee of Bromley Changes'),
            }),
          )
          .default([])
          .describe('Declarations of interest, printed in the minutes'),
      })
      .optional()
      .describe('Who was there; sbp new-minutes writes the expected members as present'),
    chair: z
      .union([PersonRef, z.array(PersonRef).min(1)])
      .optional()
      .describe("Who chaired, when not the body's chairman: one person, or a list of joint chairmen"),
    items: z
      .array(ItemSchema)
      .min(1, 'a meeting needs at least one agenda item')
      .describe('The agenda, in order: numbered 1, 2, 3 on the agenda and by minute number in the minutes'),
    updates: z
      .array(UpdateSchema)
      .default([])
      .describe('Updates reported here on actions of earlier meetings (Matters Arising)'),
    ended: ClockTime.optional().describe('When the meeting ended, e.g. "12:00"'),
    nextMeeting: z
      .strictObject({
        date: IsoDate.describe('Date of the next meeting, e.g. "2022-03-17"'),
        time: ClockTime.optional().describe('Its start time, e.g. "10:00"'),
      })
      .optional()
      .describe('Printed under the agenda\'s "Date and time of next meeting"'),
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
