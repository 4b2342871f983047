import { suggestNearest } from '../diagnostics/suggest-nearest.js';
import type { Membership, Person } from './model-types.js';
import { isActiveOn } from './municipal-year.js';

/** The outcome of looking a reference up: one person, several (ambiguous initials), or none. */
export type PersonLookup =
  | { kind: 'person'; person: Person }
  | { kind: 'ambiguous'; candidates: Person[] }
  | { kind: 'unknown'; suggestions: string[] };

/** Looks up person ids and initials, deciding clashing initials by who sits on the body at the date. */
export interface PersonResolver {
  resolve(ref: string, date: string, bodyId: string): PersonLookup;
  membershipOn(personId: string, bodyId: string, date: string): Membership | undefined;
  membershipsOf(personId: string): readonly Membership[];
}

/** Build a resolver over the roster's people and memberships. */
export function createPersonResolver(people: Map<string, Person>, memberships: readonly Membership[]): PersonResolver {
  const byInitials = new Map<string, Person[]>();
  for (const person of people.values()) {
    if (!person.initials) continue;
    const list = byInitials.get(person.initials) ?? [];
    list.push(person);
    byInitials.set(person.initials, list);
  }
  const byPerson = new Map<string, Membership[]>();
  for (const m of memberships) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  const membershipOn = (personId: string, bodyId: string, date: string) =>
    byPerson.get(personId)?.find((m) => m.bodyId === bodyId && isActiveOn(date, m.from, m.until));

  return {
    membershipOn,
    membershipsOf: (personId) => byPerson.get(personId) ?? [],
    resolve(ref, date, bodyId) {
      const person = people.get(ref);
      if (person) return { kind: 'person', person };
      const holders = byInitials.get(ref) ?? [];
      if (holders.length === 1) return { kind: 'person', person: holders[0] };
      if (holders.length > 1) {
        // Initials clash: the roster decides by who is a member of this body on this date.
        const current = holders.filter((p) => membershipOn(p.id, bodyId, date));
        if (current.length === 1) return { kind: 'person', person: current[0] };
        return { kind: 'ambiguous', candidates: current.length ? current : holders };
      }
      return { kind: 'unknown', suggestions: suggestNearest(ref, [...people.keys(), ...byInitials.keys()]) };
    },
  };
}
