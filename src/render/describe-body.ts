import type { Body, Membership, Person, Repository } from '../model/model-types.js';

/** A body's printed name and short name at a date (its former name if that was still in use). */
export function nameBodyAt(body: Body, date: string): { name: string; shortName: string } {
  const former = body.formerNames.filter((f) => f.until >= date).sort((a, b) => (a.until < b.until ? -1 : 1))[0];
  return former ? { name: former.name, shortName: former.shortName } : { name: body.name, shortName: body.shortName };
}

/** A member as printed on a front sheet. */
export interface MemberLine {
  personId: string;
  name: string;
  title?: string;
  role: Membership['role'];
}

const ROLE_ORDER: Record<Membership['role'], number> = {
  chairman: 0,
  'joint-chairman': 1,
  'vice-chairman': 2,
  member: 3,
};

/** The members of a body at a date: chairmen first, then by surname. */
export function listMembersAt(repository: Repository, bodyId: string, date: string): MemberLine[] {
  const body = repository.bodies.get(bodyId);
  if (!body) return [];
  const lines: (MemberLine & { sortKey: string })[] = [];
  for (const m of body.memberships) {
    if (m.from > date || (m.until !== undefined && m.until < date)) continue;
    const person: Person | undefined = repository.people.get(m.personId);
    if (!person) continue;
    lines.push({
      personId: person.id,
      name: person.name,
      title: m.title ?? person.title,
      role: m.role,
      sortKey: surname(person.name),
    });
  }
  lines.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.sortKey.localeCompare(b.sortKey, 'en-GB'));
  return lines.map(({ sortKey: _sortKey, ...line }) => line);
}

function surname(name: string): string {
  const words = name.split(/\s+/);
  return `${words[words.length - 1]} ${name}`;
}

/** "Chairman", "Joint Chairman", "Vice-Chairman", or nothing for a member. */
export function describeRole(role: Membership['role'] | undefined): string | undefined {
  return role === 'chairman'
    ? 'Chairman'
    : role === 'joint-chairman'
      ? 'Joint Chairman'
      : role === 'vice-chairman'
        ? 'Vice-Chairman'
        : undefined;
}
