import { composeCiWorkflow } from './compose-ci-workflow.js';
import { composeClerkReadme } from './compose-clerk-readme.js';

/** What `sbp init` asks for; every field has a placeholder default the clerk edits afterwards. */
export interface InitOptions {
  partnership: string;
  council: string;
  bodyId: string;
  bodyName: string;
  /** Date of the first meeting (YYYY-MM-DD). */
  firstMeeting: string;
  /** How CI installs sbp: an npm package spec (name, git URL or tarball). */
  sbpPackage: string;
}

/** A file of the new repository, by path relative to its root. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** Placeholders used when `sbp init` is given no names. */
export const INIT_DEFAULTS = {
  partnership: 'Community Safety Partnership',
  council: 'London Borough of Example',
  bodyId: 'board',
  bodyName: 'Community Safety Partnership Board',
} as const;

/** The npm package of sbp (a scope of our own: the bare name sbp belongs to another project). */
export const SBP_NPM_PACKAGE = '@safer-bromley/sbp';

/** How CI installs sbp by default: this very version from npm, so CI checks as the clerk's sbp does. */
export function defaultSbpPackage(version: string): string {
  return `${SBP_NPM_PACKAGE}@${version}`;
}

/** The files of a new meetings repository: config, roster, a first meeting, a clerks' README, CI and .gitignore. */
export function scaffoldRepository(options: InitOptions): ScaffoldFile[] {
  const owner = deriveOwnerCode(options.partnership);
  return [
    { path: 'sbp.yaml', text: composeConfig(options) },
    { path: 'roster.yaml', text: composeRoster(options, owner) },
    { path: `${options.bodyId}/${options.firstMeeting}.md`, text: composeFirstMeeting(options) },
    { path: 'README.md', text: composeClerkReadme({ ...options, owner }) },
    { path: '.github/workflows/sbp.yml', text: composeCiWorkflow(options.sbpPackage) },
    {
      path: '.gitignore',
      text: '# Built packs and minutes: CI uploads them as artifacts, they are not committed.\nout/\n',
    },
  ];
}

/** The group owner code of the partnership: its initials in capitals (Safer Bromley Partnership: SBP). */
export function deriveOwnerCode(partnership: string): string {
  // The roster schema wants 2 to 10 capitals or digits, starting with a capital.
  const initials = partnership
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 10);
  if (/^[A-Z][A-Z0-9]{1,9}$/.test(initials)) return initials;
  const letters = partnership
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 10);
  return letters.length >= 2 ? letters : 'CSP';
}

/** YAML double-quoted scalar: JSON string syntax is valid YAML, and safe for any name the clerk types. */
function q(text: string): string {
  return JSON.stringify(text);
}

function composeConfig(o: InitOptions): string {
  return `# The partnership and its bodies. See README.md; run \`sbp check\` after every edit.
partnership: ${q(o.partnership)}
council: ${q(o.council)}
contact:
  # Printed on the front sheet of every agenda pack.
  name: Clerk to the partnership
  telephone: 020 0000 0000
  email: clerk@example.gov.uk
# First day of the municipal year (MM-DD): minute numbers restart at 1 after it.
municipalYearStart: "05-01"
bodies:
  - id: ${o.bodyId}
    name: ${q(o.bodyName)}
    shortName: ${q(o.bodyName.split(/\s+/).at(-1)!.toUpperCase())}
    defaults:
      time: "10:00"
      venue: Committee Room 1 - Civic Centre
    standingItems:
      - title: Apologies for absence
        kind: apologies
      - title: Minutes of the previous meeting
        kind: previous-minutes
      - title: Matters arising
        kind: matters-arising
      - title: Questions received from councillors or members of the public
        kind: questions
      - title: Date and time of next meeting
        kind: next-meeting
# Days the council is closed besides bank holidays (YYYY-MM-DD), for dispatch and question deadlines.
closureDays: []
`;
}

function composeRoster(o: InitOptions, owner: string): string {
  const from = `${o.firstMeeting.slice(0, 4)}-01-01`;
  return `# People, their seats on bodies (with dates), and owners of actions that are not people.
# Owners in the minutes are written as initials (e.g. CP) or a group code (e.g. ${owner}).
people:
  - id: chair-person
    name: Chair Person
    title: Replace with the chairman's title and organisation
    initials: CP
memberships:
  - { person: chair-person, body: ${o.bodyId}, role: chairman, from: "${from}" }
owners:
  - id: ${owner}
    name: ${q(o.partnership)}
`;
}

function composeFirstMeeting(o: InitOptions): string {
  return `---
# The first meeting. Add items below; run \`sbp check\`, then \`sbp build ${o.bodyId}-${o.firstMeeting}\` for the agenda pack.
body: ${o.bodyId}
date: "${o.firstMeeting}"
time: "10:00"
venue: Committee Room 1 - Civic Centre
status: draft-agenda
items:
  - title: Apologies for absence
    kind: apologies
  - title: Questions received from councillors or members of the public
    kind: questions
  - title: Partner updates
    description: A roundtable update from all partners.
  - title: Date and time of next meeting
    kind: next-meeting
---
`;
}
