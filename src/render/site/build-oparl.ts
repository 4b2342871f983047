import { describeRole } from '../describe-body.js';
import { describeOParlMeeting, type OParlObject, oparlType } from './build-oparl-meetings.js';
import { describeOParlPapers } from './build-oparl-papers.js';
import { formatMunicipalYear } from './describe-site-meeting.js';
import { absoluteUrl, sitePaths } from './site-paths.js';
import type { SiteInput } from './site-types.js';

/**
 * The public record as OParl 1.1 (https://oparl.org): a System, one Body (the partnership), an
 * Organization per body, Person with Memberships, Meeting with AgendaItems, Paper and File. Each object
 * is a JSON file of its own and in the object list of its kind; by site path.
 */
export function buildOParl(input: SiteInput): Map<string, object> {
  const { repository } = input;
  const url = (name: string) => absoluteUrl(input.baseUrl, sitePaths.oparl(name));
  const files = new Map<string, object>();
  const put = (name: string, value: object) => files.set(sitePaths.oparl(name), value);
  const list = (name: string, data: OParlObject[]) =>
    put(name, {
      data,
      pagination: { totalElements: data.length, elementsPerPage: data.length, currentPage: 1, totalPages: 1 },
      links: {},
    });
  const body = url('body');
  const start = repository.config.municipalYearStart;
  const years = [...new Set(repository.meetings.map((m) => m.municipalYear))].sort((a, b) => a - b);
  const system: OParlObject = {
    id: url('system'),
    type: oparlType('System'),
    oparlVersion: 'https://schema.oparl.org/1.1/',
    body: url('bodies'),
    name: `${repository.config.partnership}: public meetings record`,
    contactEmail: repository.config.contact.email,
    contactName: repository.config.contact.name,
    web: absoluteUrl(input.baseUrl, sitePaths.home),
  };
  const bodyObject: OParlObject = {
    id: body,
    type: oparlType('Body'),
    system: system.id,
    name: repository.config.partnership,
    contactEmail: repository.config.contact.email,
    contactName: repository.config.contact.name,
    classification: 'Community safety partnership',
    organization: url('organizations'),
    person: url('people'),
    meeting: url('meetings'),
    paper: url('papers'),
    // Municipal years stand for OParl's legislative terms.
    legislativeTerm: years.map((year) => ({
      id: `${body}#term-${year}`,
      type: oparlType('LegislativeTerm'),
      body,
      name: `Municipal year ${formatMunicipalYear(year)}`,
      startDate: `${year}-${start}`,
      endDate: dayBefore(`${year + 1}-${start}`),
    })),
    web: absoluteUrl(input.baseUrl, sitePaths.home),
  };
  put('system', system);
  put('body', bodyObject);
  list('bodies', [bodyObject]);

  // Each meeting is described once, then listed by its organization and in the list of all meetings.
  const meetingObjects = new Map(repository.meetings.map((m) => [m.id, describeOParlMeeting(input, m)]));
  const memberships = new Map<string, OParlObject[]>();
  const organizations = [...repository.bodies.values()].map((b): OParlObject => {
    const id = url(`organization/${b.id}`);
    const seats = b.memberships.map((m, i): OParlObject => {
      const seat: OParlObject = {
        id: `${url(`person/${m.personId}`)}#membership-${b.id}-${i + 1}`,
        type: oparlType('Membership'),
        person: url(`person/${m.personId}`),
        organization: id,
        role: describeRole(m.role) ?? 'Member',
        votingRight: true,
        startDate: m.from,
      };
      if (m.until) seat.endDate = m.until;
      memberships.set(m.personId, [...(memberships.get(m.personId) ?? []), seat]);
      return seat;
    });
    const meetings = repository.meetings.filter((m) => m.bodyId === b.id).map((m) => meetingObjects.get(m.id)!);
    list(`organization/${b.id}/meetings`, meetings);
    const organization: OParlObject = {
      id,
      type: oparlType('Organization'),
      body,
      name: b.name,
      shortName: b.shortName,
      membership: seats.map((s) => s.id),
      meeting: url(`organization/${b.id}/meetings`),
      organizationType: 'Gremium',
      classification: 'Board',
      web: absoluteUrl(input.baseUrl, sitePaths.body(b.id)),
    };
    put(`organization/${b.id}`, organization);
    return organization;
  });
  list('organizations', organizations);

  const people = [...repository.people.values()].map((p): OParlObject => {
    const person: OParlObject = {
      id: url(`person/${p.id}`),
      type: oparlType('Person'),
      body,
      name: p.name,
      membership: memberships.get(p.id) ?? [],
      web: absoluteUrl(input.baseUrl, sitePaths.person(p.id)),
    };
    if (p.title) person.status = [p.title];
    put(`person/${p.id}`, person);
    return person;
  });
  list('people', people);

  const meetings = repository.meetings.map((m) => {
    const meeting = meetingObjects.get(m.id)!;
    put(`meeting/${m.id}`, meeting);
    return meeting;
  });
  list('meetings', meetings);

  const papers = describeOParlPapers(input, url, body);
  for (const [name, paper] of papers) put(name, paper);
  list('papers', [...papers.values()]);
  return files;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
