import { z } from 'zod';
import { IsoDate } from './common-schema.js';

/** Front matter of a Markdown paper (a partner or council report). */
export const PaperSchema = z.strictObject({
  title: z.string().min(1),
  template: z.enum(['report', 'council-report', 'sub-group-report']).default('report'),
  reportNumber: z.string().optional().describe('e.g. CSD19092'),
  author: z.string().optional(),
  filed: IsoDate.optional().describe('Date report filed'),
  lastMeeting: IsoDate.optional().describe('Date of the last meeting of the body'),
  part: z
    .union([z.literal(1), z.literal(2)])
    .default(1)
    .describe('1 public, 2 exempt (not for publication)'),
  exemptParagraph: z.int().min(1).max(7).optional(),
  decisionMaker: z.string().optional(),
  decisionType: z.string().optional(),
  contactOfficer: z.string().optional(),
  chiefOfficer: z.string().optional(),
  ward: z.string().optional(),
});

/** A Markdown paper's front matter, as validated. */
export type PaperFrontMatter = z.infer<typeof PaperSchema>;
