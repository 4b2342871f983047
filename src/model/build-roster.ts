import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { Roster } from '../validate/schemas/roster-schema.js';
import type { Membership, Person } from './model-types.js';

/** People, group owners and memberships from roster.yaml, with duplicate ids and bad dates reported. */
export interface RosterModel {
  people: Map<string, Person>;
  groupOwners: Map<string, { id: string; name: string }>;
  memberships: Membership[];
}

/** Turn the validated roster into model objects, checking ids, bodies and dates. */
export function buildRoster(
  roster: Roster,
  file: string,
  bodyIds: ReadonlySet<string>,
  reporter: Reporter,
): RosterModel {
  const people = new Map<string, Person>();
  roster.people.forEach((entry, i) => {
    const src = { file, path: ['people', i, 'id'] };
    const first = people.get(entry.id);
    if (first)
      reporter.report(
        'duplicate-id',
        src,
        `the person id "${entry.id}" is used twice (also for ${first.name})`,
        'Give each person a different id, e.g. add a middle initial.',
      );
    else people.set(entry.id, { ...entry, src: { file, path: ['people', i] } });
  });
  const groupOwners = new Map<string, { id: string; name: string }>();
  roster.owners.forEach((owner, i) => {
    if (groupOwners.has(owner.id))
      reporter.report(
        'duplicate-id',
        { file, path: ['owners', i, 'id'] },
        `the owner code "${owner.id}" is used twice`,
        'Remove one of the two entries.',
      );
    groupOwners.set(owner.id, owner);
  });
  const memberships: Membership[] = [];
  roster.memberships.forEach((m, i) => {
    const at = (key: string) => ({ file, path: ['memberships', i, key] });
    if (!people.has(m.person)) {
      reporter.report(
        'unknown-person',
        at('person'),
        `unknown person "${m.person}"${formatDidYouMean(m.person, people.keys())}`,
        'Use the id of a person listed under people:.',
      );
      return;
    }
    if (!bodyIds.has(m.body)) {
      reporter.report(
        'unknown-body',
        at('body'),
        `unknown body "${m.body}"${formatDidYouMean(m.body, bodyIds)}`,
        'Use the id of a body defined in sbp.yaml.',
      );
      return;
    }
    if (m.until && m.until < m.from) {
      reporter.report(
        'date-impossible',
        at('until'),
        `this membership ends on ${m.until}, before it starts on ${m.from}`,
        'Swap the dates, or correct the year.',
      );
      return;
    }
    const clash = memberships.find(
      (o) =>
        o.personId === m.person &&
        o.bodyId === m.body &&
        o.from <= (m.until ?? '9999') &&
        m.from <= (o.until ?? '9999'),
    );
    if (clash)
      reporter.report(
        'membership-overlap',
        at('from'),
        `${people.get(m.person)!.name} already has a membership of "${m.body}" from ${clash.from} that overlaps this one`,
        'End the earlier membership (until:) the day before this one starts.',
      );
    memberships.push({
      personId: m.person,
      bodyId: m.body,
      role: m.role,
      from: m.from,
      until: m.until,
      title: m.title,
      src: { file, path: ['memberships', i] },
    });
  });
  return { people, groupOwners, memberships };
}
