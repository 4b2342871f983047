import { z } from 'zod';
import { IsoDate, Slug } from './common-schema.js';

/** A person who attends, reports to or owns actions of the partnership. */
export const PersonSchema = z.strictObject({
  id: Slug,
  name: z.string().min(1).describe('Name as printed, e.g. Councillor Kate Lymer'),
  title: z
    .string()
    .optional()
    .describe('Title/organisation as printed, e.g. LBB Assistant Director: Public Protection'),
  initials: z
    .string()
    .regex(/^[A-Z][A-Za-z]{0,5}$/, 'expected initials in capitals, e.g. RV')
    .optional()
    .describe('Initials used in the Action column'),
});

/** A person's seat on a body between two dates. */
export const MembershipSchema = z.strictObject({
  person: Slug,
  body: Slug,
  role: z.enum(['chairman', 'joint-chairman', 'vice-chairman', 'member']).default('member'),
  from: IsoDate,
  until: IsoDate.optional(),
  title: z.string().optional().describe("Title printed for this membership, when it differs from the person's"),
});

/** An owner of actions that is not a person, e.g. SBP (the partnership itself). */
export const GroupOwnerSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'expected an owner code in capitals, e.g. SBP'),
  name: z.string().min(1),
});

/** roster.yaml: people, memberships and group owners. */
export const RosterSchema = z.strictObject({
  people: z.array(PersonSchema).default([]),
  memberships: z.array(MembershipSchema).default([]),
  owners: z.array(GroupOwnerSchema).default([]),
});

/** roster.yaml, as validated. */
export type Roster = z.infer<typeof RosterSchema>;
/** A person as written in roster.yaml. */
export type PersonEntry = z.infer<typeof PersonSchema>;
/** A membership as written in roster.yaml. */
export type MembershipEntry = z.infer<typeof MembershipSchema>;
