import type { Attendee, Owner, Repository } from '../../model/model-types.js';
import { describeRole } from '../describe-body.js';
import { linkTo, sitePaths } from './site-paths.js';

/** A person as a page names them: a link to their page when they are in the roster. */
export interface PersonLinkView {
  name: string;
  href?: string;
  title?: string;
  role?: string;
}

/**
 * An attendee as a link from `page`, with the role they held that day: "Chairman" for who chaired, "Joint
 * Chairman" for each of two who chaired jointly, as the printed minutes say.
 */
export function linkAttendee(page: string, person: Attendee, chairs: readonly Attendee[] = []): PersonLinkView {
  const chairing = person.personId !== undefined && chairs.some((c) => c.personId === person.personId);
  return {
    name: person.name,
    href: person.personId ? linkTo(page, sitePaths.person(person.personId)) : undefined,
    title: person.title,
    role: chairing ? (chairs.length > 1 ? 'Joint Chairman' : 'Chairman') : describeRole(person.role),
  };
}

/** Action owners as links: people to their pages, groups by name. */
export function linkOwners(repository: Repository, page: string, owners: readonly Owner[]): PersonLinkView[] {
  return owners.map((owner) => {
    const person = owner.personId ? repository.people.get(owner.personId) : undefined;
    if (person) return { name: `${owner.label} (${person.name})`, href: linkTo(page, sitePaths.person(person.id)) };
    const group = owner.groupId ? repository.groupOwners.get(owner.groupId) : undefined;
    return { name: group ? `${owner.label} (${group.name})` : owner.label };
  });
}
