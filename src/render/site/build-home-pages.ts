import { formatLongDate } from '../../model/format-date.js';
import { groupByYear, lineMeeting } from './build-body-pages.js';
import { buildPageFrame } from './build-page-frame.js';
import { isUpcoming, titleMeeting } from './describe-site-meeting.js';
import type { PublishedDocument } from './list-published-documents.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

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
