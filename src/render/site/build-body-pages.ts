import { formatDayDate, formatLongDate } from '../../model/format-date.js';
import type { Body, Meeting } from '../../model/model-types.js';
import { describeRole, listMembersAt } from '../describe-body.js';
import { buildPageFrame } from './build-page-frame.js';
import { describeStatus, describeTime, formatMunicipalYear, isUpcoming } from './describe-site-meeting.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

/** A meeting in a list: link, date, time and status. */
export interface MeetingLineView {
  href: string;
  text: string;
  time: string;
  status: string;
}

/** A meeting as one line of a list on `page`. */
export function lineMeeting(page: string, meeting: Meeting): MeetingLineView {
  return {
    href: linkTo(page, sitePaths.meeting(meeting.id)),
    text: formatDayDate(meeting.date),
    time: describeTime(meeting),
    status: describeStatus(meeting),
  };
}

/** Meetings grouped by municipal year, newest year first. */
export function groupByYear(page: string, meetings: readonly Meeting[]) {
  const years = new Map<number, Meeting[]>();
  for (const m of meetings) years.set(m.municipalYear, [...(years.get(m.municipalYear) ?? []), m]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, list]) => ({ year: formatMunicipalYear(year), meetings: list.map((m) => lineMeeting(page, m)) }));
}

/** The page of a body: purpose, current members with roles, meetings by municipal year, feeds. */
export function buildBodyPage(input: SiteInput, body: Body): SitePage {
  const { repository } = input;
  const page = sitePaths.body(body.id);
  const meetings = repository.meetings.filter((m) => m.bodyId === body.id);
  // "Current" is as at the body's latest meeting: the site never reads the clock.
  const asAt = meetings.at(-1)?.date;
  const members = asAt
    ? listMembersAt(repository, body.id, asAt).map((line) => ({
        ...line,
        role: describeRole(line.role) ?? 'Member',
        href: linkTo(page, sitePaths.person(line.personId)),
      }))
    : [];
  return {
    path: page,
    template: 'body',
    searchable: false,
    view: {
      frame: buildPageFrame(repository, page, body.name, {
        section: 'meetings',
        breadcrumbs: [{ path: sitePaths.home, text: 'Home' }],
        alternates: [
          {
            path: sitePaths.bodyAtom(body.id),
            type: 'application/atom+xml',
            title: `${body.name}: new agendas and minutes`,
          },
          { path: sitePaths.bodyCalendar(body.id), type: 'text/calendar', title: `${body.name}: meetings calendar` },
        ],
      }),
      purpose: body.purpose,
      formerNames: body.formerNames.map((f) => ({ name: f.name, until: formatLongDate(f.until) })),
      asAt: asAt ? formatLongDate(asAt) : undefined,
      members,
      upcoming: meetings.filter(isUpcoming).map((m) => lineMeeting(page, m)),
      years: groupByYear(
        page,
        meetings.filter((m) => !isUpcoming(m)),
      ),
      links: {
        actions: linkTo(page, sitePaths.bodyActions(body.id)),
        calendar: linkTo(page, sitePaths.bodyCalendar(body.id)),
        atom: linkTo(page, sitePaths.bodyAtom(body.id)),
      },
    },
  };
}
