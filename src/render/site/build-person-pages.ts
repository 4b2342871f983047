import type { AttendanceRecord, AttendanceTally } from '../../model/compute-attendance.js';
import { formatDayDate, formatLongDate } from '../../model/format-date.js';
import type { Person } from '../../model/model-types.js';
import { describeRole, nameBodyAt } from '../describe-body.js';
import { buildPageFrame } from './build-page-frame.js';
import { formatMunicipalYear } from './describe-site-meeting.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

const OUTCOME: Record<AttendanceRecord['outcome'], string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  substitute: 'Present as substitute',
  'in-attendance': 'In attendance',
};

/** A person's page: memberships over time and attendance as ModernGov shows it, per municipal year and in total. */
export function buildPersonPage(input: SiteInput, person: Person): SitePage {
  const { repository } = input;
  const page = sitePaths.person(person.id);
  const memberships = [...repository.bodies.values()].flatMap((body) =>
    body.memberships
      .filter((m) => m.personId === person.id)
      .map((m) => ({
        body: nameBodyAt(body, m.from).name,
        href: linkTo(page, sitePaths.body(body.id)),
        role: describeRole(m.role) ?? 'Member',
        title: m.title ?? person.title,
        from: formatLongDate(m.from),
        until: m.until ? formatLongDate(m.until) : 'to date',
      })),
  );
  const attendance = input.attendance.get(person.id);
  const meetingById = new Map(repository.meetings.map((m) => [m.id, m]));
  const describe = (r: AttendanceRecord) => {
    const meeting = meetingById.get(r.meetingId)!;
    const body = repository.bodies.get(r.bodyId);
    let outcome = OUTCOME[r.outcome];
    if (r.substitute) outcome += ` (${r.substitute} attended as substitute)`;
    if (r.substituteFor) outcome += ` for ${r.substituteFor}`;
    return {
      href: linkTo(page, sitePaths.meeting(r.meetingId)),
      date: formatDayDate(r.date),
      body: body ? nameBodyAt(body, meeting.date).name : r.bodyId,
      outcome,
    };
  };
  return {
    path: page,
    template: 'person',
    searchable: false,
    view: {
      frame: buildPageFrame(repository, page, person.name, {
        section: 'people',
        breadcrumbs: [
          { path: sitePaths.home, text: 'Home' },
          { path: sitePaths.people, text: 'People' },
        ],
      }),
      title: person.title,
      memberships,
      years: (attendance?.years ?? []).map((y) => ({
        year: formatMunicipalYear(y.municipalYear),
        tally: y.tally,
        meetings: y.records.map(describe),
      })),
      total: attendance?.total,
      csv: linkTo(page, sitePaths.attendanceCsv),
    },
  };
}

/** The index of people: everyone in the roster, with their title and attendance in total. */
export function buildPeoplePage(input: SiteInput): SitePage {
  const page = sitePaths.people;
  const people = [...input.repository.people.values()]
    .sort((a, b) => surname(a.name).localeCompare(surname(b.name), 'en-GB'))
    .map((p) => ({
      name: p.name,
      href: linkTo(page, sitePaths.person(p.id)),
      title: p.title,
      total: input.attendance.get(p.id)?.total ?? EMPTY,
    }));
  return {
    path: page,
    template: 'people',
    searchable: false,
    view: {
      frame: buildPageFrame(input.repository, page, 'People', {
        section: 'people',
        breadcrumbs: [{ path: sitePaths.home, text: 'Home' }],
      }),
      people,
      csv: linkTo(page, sitePaths.attendanceSummaryCsv),
    },
  };
}

const EMPTY: AttendanceTally = {
  expected: 0,
  present: 0,
  presentAsSubstitute: 0,
  inAttendance: 0,
  apologies: 0,
  absent: 0,
};

function surname(name: string): string {
  const words = name.replace(/\s+(J\.P\.|MBE|QFSM|OBE|CBE)$/i, '').split(/\s+/);
  return `${words[words.length - 1]} ${name}`;
}
