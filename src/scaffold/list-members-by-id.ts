import type { Membership, Repository } from '../model/model-types.js';
import { isActiveOn } from '../model/municipal-year.js';
import { describeRole } from '../render/describe-body.js';

const ROLE_ORDER: Record<Membership['role'], number> = {
  chairman: 0,
  'joint-chairman': 1,
  'vice-chairman': 2,
  member: 3,
};

/** A member of a body at a date, by person id, with the role printed beside the name. */
export interface MemberEntry {
  personId: string;
  name: string;
  role?: string;
}

/** The members of a body at a date, by person id: chairmen first, then by surname as front sheets list them. */
export function listMembersById(
  repository: Pick<Repository, 'bodies' | 'people'>,
  bodyId: string,
  date: string,
): MemberEntry[] {
  const memberships = (repository.bodies.get(bodyId)?.memberships ?? []).filter((m) =>
    isActiveOn(date, m.from, m.until),
  );
  const entries = memberships.map((m) => ({
    personId: m.personId,
    name: repository.people.get(m.personId)?.name ?? m.personId,
    role: describeRole(m.role),
    order: ROLE_ORDER[m.role],
  }));
  entries.sort((a, b) => a.order - b.order || surname(a.name).localeCompare(surname(b.name), 'en-GB'));
  return entries.map(({ order: _order, ...entry }) => entry);
}

function surname(name: string): string {
  return `${name.split(/\s+/).pop()} ${name}`;
}
