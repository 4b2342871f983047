import { z } from 'zod';
import { IsoDate, Slug } from './common-schema.js';

/** A person who attends, reports to or owns actions of the partnership. */
export const PersonSchema = z.strictObject({
  id: Slug.describe('Stable id used in meeting files, e.g. kate-lymer'),
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
  person: Slug.describe('A person id from people:, e.g. kate-lymer'),
  body: Slug.describe('A body id from sbp.yaml, e.g. board'),
  role: z
    .enum(['chairman', 'joint-chairman', 'vice-chairman', 'member'])
    .default('member')
    .describe('The role printed beside the name, e.g. chairman'),
  from: IsoDate.describe('First day of the membership, e.g. "2018-05-01"'),
  until: IsoDate.optional().describe('Last day of the membership, e.g. "2021-04-30"; absent while it lasts'),
  title: z.string().optional().describe("Title printed for this membership, when it differs from the person's"),
});

/** An owner of actions that is not a person, e.g. SBP (the partnership itself). */
export const GroupOwnerSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'expected an owner code in capitals, e.g. SBP')
    .describe('The code written in the Action column, e.g. SBP'),
  name: z.string().min(1).describe('The group as printed, e.g. Safer Bromley Partnership'),
});

/** roster.yaml: people, memberships and group owners. */
export const RosterSchema = z.strictObject({
  people: z
    .array(PersonSchema)
    .default([])
    .describe('Everyone who attends, reports or owns actions, e.g. - { id: rob-vale, name: Rob Vale, initials: RV }'),
  memberships: z
    .array(MembershipSchema)
    .default([])
    .describe('Who sits on which body when, e.g. - { person: rob-vale, body: board, from: "2018-05-01" }'),
  owners: z
    .array(GroupOwnerSchema)
    .default([])
    .describe('Action owners that are not people, e.g. - { id: SBP, name: Safer Bromley Partnership }'),
});

/** roster.yaml, as validated. */
export type Roster = z.infer<typeof RosterSchema>;
/** A person as written in roster.yaml. */
export type PersonEntry = z.infer<typeof PersonSchema>;
/** A membership as written in roster.yaml. */
export type MembershipEntry = z.infer<typeof MembershipSchema>;
