import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { BodyBlock } from '../parse/parse-markdown-file.js';
import type { Config } from '../validate/schemas/config-schema.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import type { Roster } from '../validate/schemas/roster-schema.js';
import { attachMinutesBody } from './attach-minutes-body.js';
import { buildMeeting } from './build-meeting.js';
import { buildRoster } from './build-roster.js';
import { linkActions } from './link-actions.js';
import type { Body, Paper, Repository } from './model-types.js';
import { type NumberingInput, numberMinutes } from './number-minutes.js';
import { createPersonResolver } from './resolve-person.js';

/** A validated meeting file, ready to model. */
export interface MeetingSource {
  file: string;
  front: MeetingFrontMatter;
  blocks: readonly BodyBlock[];
  /** Its front matter failed the schema and was read best-effort (see repairFrontMatter). */
  repaired?: boolean;
}

/** Everything the model is built from, already read, parsed and validated. */
export interface ModelInput {
  root: string;
  config: Config;
  configFile: string;
  roster: Roster;
  rosterFile: string;
  meetings: readonly MeetingSource[];
  papers: Map<string, Paper>;
}

/** Build the repository model, reporting every cross-file fault; pure apart from the reporter. */
export function buildModel(input: ModelInput, reporter: Reporter): Repository {
  const bodies = new Map<string, Body>();
  input.config.bodies.forEach((body, i) => {
    if (bodies.has(body.id))
      reporter.report(
        'duplicate-id',
        { file: input.configFile, path: ['bodies', i, 'id'] },
        `the body id "${body.id}" is used twice`,
        'Give each body a different id.',
      );
    else bodies.set(body.id, { ...body, memberships: [] });
  });
  const roster = buildRoster(input.roster, input.rosterFile, new Set(bodies.keys()), reporter);
  for (const m of roster.memberships) bodies.get(m.bodyId)?.memberships.push(m);
  const ctx = {
    config: input.config,
    resolver: createPersonResolver(roster.people, roster.memberships),
    groupOwners: roster.groupOwners,
    reporter,
  };

  const numbering: (NumberingInput & { blocks: readonly BodyBlock[] })[] = [];
  const byDay = new Map<string, string>();
  for (const source of input.meetings) {
    const { file, front } = source;
    if (!bodies.has(front.body)) {
      reporter.report(
        'unknown-body',
        { file, path: ['body'] },
        `unknown body "${front.body}"${formatDidYouMean(front.body, bodies.keys())}`,
        `Use a body id from sbp.yaml: ${[...bodies.keys()].join(', ')}.`,
      );
      continue;
    }
    const day = `${front.body}-${front.date}`;
    if (byDay.has(day)) {
      reporter.report(
        'meeting-duplicate',
        { file, path: ['date'] },
        `the ${front.body} already meets on ${front.date} in ${byDay.get(day)}`,
        'Correct the date, or merge the two files.',
      );
      continue;
    }
    byDay.set(day, file);
    const meeting = buildMeeting(file, front, source.blocks, ctx);
    if (source.repaired) meeting.repaired = true;
    numbering.push({ meeting, front, blocks: source.blocks });
  }
  numberMinutes(numbering, reporter);
  // After numbering, so that headings may carry minute numbers and diagnostics can name them.
  for (const { meeting, blocks } of numbering) attachMinutesBody(meeting, blocks, reporter);
  const meetings = numbering
    .map((n) => n.meeting)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.bodyId < b.bodyId ? -1 : 1));
  const actions = linkActions(meetings, reporter);
  return {
    root: input.root,
    config: input.config,
    bodies,
    people: roster.people,
    groupOwners: roster.groupOwners,
    meetings,
    actions,
    papers: input.papers,
  };
}
