import { formatLongDate } from '../../model/format-date.js';
import { walkItems } from '../../model/walk-items.js';
import { groupByYear, lineMeeting } from './build-body-pages.js';
import { buildPageFrame } from './build-page-frame.js';
import {
  areMinutesPublished,
  findMinutesDate,
  findPublicationDate,
  isAgendaPublished,
  isUpcoming,
  titleMeeting,
} from './describe-site-meeting.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

/** A document the public can read, with the date it was published. */
export interface PublishedDocument {
  meetingId: string;
  kind: 'agenda' | 'minutes' | 'paper';
  date: string;
  title: string;
  path: string;
  fragment?: string;
}

/** Every published agenda, set of minutes and Markdown paper, newest first (the home page, the Atom feeds). */
export function listPublishedDocuments(input: SiteInput): PublishedDocument[] {
  const { repository } = input;
  const documents: PublishedDocument[] = [];
  for (const meeting of repository.meetings) {
    if (meeting.cancelled || !isAgendaPublished(meeting)) continue;
    const title = titleMeeting(repository, meeting);
    const published = findPublicationDate(repository, meeting);
    documents.push({
      meetingId: meeting.id,
      kind: 'agenda',
      date: published,
      title: `Agenda: ${title}`,
      path: sitePaths.meeting(meeting.id),
      fragment: 'agenda',
    });
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers) {
        const paper = ref.type === 'markdown' ? repository.papers.get(ref.path) : undefined;
        if (paper)
          documents.push({
            meetingId: meeting.id,
            kind: 'paper',
            date: published,
            title: (ref.type === 'markdown' && ref.title) || paper.frontMatter.title,
            path: sitePaths.paper(paper.path),
          });
      }
    if (areMinutesPublished(meeting))
      documents.push({
        meetingId: meeting.id,
        kind: 'minutes',
        date: findMinutesDate(repository, meeting),
        title: `${meeting.status === 'minutes-approved' ? 'Minutes' : 'Draft minutes'}: ${title}`,
        path: sitePaths.meeting(meeting.id),
        fragment: 'minutes',
      });
  }
  // Newest first; a stable order for documents of one day.
  return documents.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** The home page: the partnership, its bodies, the next meetings, the latest documents. */
export function buildHomePage(input: SiteInput, documents: readonly PublishedDocument[]): SitePage {
  const { repository } = input;
  const page = sitePaths.home;
  return {
    path: page,
    template: 'home',
    searchable: false,
    view: {
      frame: buildPageFrame(repository, page, repository.config.partnership, { section: 'home' }),
      bodies: [...repository.bodies.values()].map((b) => ({
        name: b.name,
        href: linkTo(page, sitePaths.body(b.id)),
        purpose: b.purpose,
      })),
      upcoming: repository.meetings
        .filter(isUpcoming)
        .slice(0, 5)
        .map((m) => ({ ...lineMeeting(page, m), body: titleMeeting(repository, m).split(', ')[0] })),
      latest: documents
        .slice(0, 10)
        .map((d) => ({ href: linkTo(page, d.path, d.fragment), text: d.title, date: formatLongDate(d.date) })),
      links: {
        meetings: linkTo(page, sitePaths.meetings),
        openData: linkTo(page, sitePaths.openData),
        search: linkTo(page, sitePaths.search),
      },
    },
  };
}

/** Every meeting of every body by municipal year. */
export function buildMeetingsPage(input: SiteInput): SitePage {
  const page = sitePaths.meetings;
  const bodies = [...input.repository.bodies.values()].map((body) => ({
    name: body.name,
    href: linkTo(page, sitePaths.body(body.id)),
    years: groupByYear(
      page,
      input.repository.meetings.filter((m) => m.bodyId === body.id),
    ),
  }));
  return {
    path: page,
    template: 'meetings',
    searchable: false,
    view: {
      frame: buildPageFrame(input.repository, page, 'Meetings', {
        section: 'meetings',
        breadcrumbs: [{ path: sitePaths.home, text: 'Home' }],
      }),
      bodies,
      calendar: linkTo(page, sitePaths.allCalendar),
    },
  };
}

/** The fixed pages: search, accessibility statement, calendars and open data. */
export function buildFixedPages(input: SiteInput): SitePage[] {
  const { repository } = input;
  const fixed = (
    path: string,
    template: string,
    heading: string,
    section: 'search' | 'accessibility' | 'open-data',
    view: object = {},
  ): SitePage => ({
    path,
    template,
    searchable: false,
    view: {
      frame: buildPageFrame(repository, path, heading, {
        section,
        breadcrumbs: [{ path: sitePaths.home, text: 'Home' }],
      }),
      ...view,
    },
  });
  const bodies = [...repository.bodies.values()].map((b) => ({
    name: b.name,
    calendar: linkTo(sitePaths.openData, sitePaths.bodyCalendar(b.id)),
    atom: linkTo(sitePaths.openData, sitePaths.bodyAtom(b.id)),
    actions: linkTo(sitePaths.openData, sitePaths.bodyActions(b.id)),
  }));
  const contact = repository.config.contact;
  return [
    fixed(sitePaths.search, 'search', 'Search minutes and papers', 'search', {
      script: linkTo(sitePaths.search, sitePaths.searchScript),
    }),
    fixed(sitePaths.accessibility, 'accessibility', 'Accessibility statement', 'accessibility', {
      contact,
      council: repository.config.council,
    }),
    fixed(sitePaths.openData, 'open-data', 'Calendars and open data', 'open-data', {
      bodies,
      allCalendar: linkTo(sitePaths.openData, sitePaths.allCalendar),
      system: linkTo(sitePaths.openData, sitePaths.oparl('system')),
      attendance: linkTo(sitePaths.openData, sitePaths.attendanceCsv),
      attendanceSummary: linkTo(sitePaths.openData, sitePaths.attendanceSummaryCsv),
      baseUrl: input.baseUrl,
    }),
  ];
}
