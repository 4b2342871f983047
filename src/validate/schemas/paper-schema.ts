import { z } from 'zod';
import { IsoDate } from './common-schema.js';

/** Front matter of a Markdown paper (a partner or council report). */
export const PaperSchema = z.strictObject({
  title: z.string().min(1).describe('As printed at the head of the paper, e.g. Domestic Abuse Sub Group Update'),
  template: z
    .enum(['report', 'council-report', 'sub-group-report'])
    .default('report')
    .describe('How it is laid out: a plain report, a council report front, or the sub-group template'),
  reportNumber: z.string().optional().describe('Report No. printed on a council report, e.g. CSD19092'),
  author: z.string().optional().describe('Who wrote the report, e.g. Rachel Dunley'),
  filed: IsoDate.optional().describe('Date the report was filed, e.g. "2019-06-10"'),
  lastMeeting: IsoDate.optional().describe('Date of the last meeting of the sub-group, e.g. "2019-03-14"'),
  part: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe('1 public, 2 exempt (not for publication)'),
  exemptParagraph: z
    .int()
    .min(1)
    .max(7)
    .optional()
    .describe('With part: 2, the paragraph of Schedule 12A that exempts it, e.g. 3 (the default)'),
  decisionMaker: z.string().optional().describe('Council report front: e.g. Safer Bromley Partnership Board'),
  decisionType: z.string().optional().describe('Council report front: e.g. Non-Urgent, Non-Executive, Non-Key'),
  contactOfficer: z.string().optional().describe('Council report front: e.g. Rob Vale, Tel: 020 8313 4316'),
  chiefOfficer: z
    .string()
    .optional()
    .describe('Council report front: e.g. Director of Environment and Public Protection'),
  ward: z.string().optional().describe('Council report front: e.g. All Wards'),
});

/** A Markdown paper's front matter, as validated. */
export type PaperFrontMatter = z.infer<typeof PaperSchema>;
