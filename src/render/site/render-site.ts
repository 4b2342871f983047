import { walkItems } from '../../model/walk-items.js';
import type { TemplateRenderer } from '../create-template-renderer.js';
import { buildActionsPage } from './build-actions-page.js';
import { buildAtomFeed } from './build-atom-feed.js';
import { buildBodyPage } from './build-body-pages.js';
import { buildCalendar } from './build-calendars.js';
import { buildFixedPages } from './build-fixed-pages.js';
import { buildHomePage, buildMeetingsPage } from './build-home-pages.js';
import { buildMeetingPage } from './build-meeting-page.js';
import { buildOParl } from './build-oparl.js';
import { buildPaperPages } from './build-paper-pages.js';
import { buildPeoplePage, buildPersonPage } from './build-person-pages.js';
import { isAgendaPublished, titleMeeting } from './describe-site-meeting.js';
import { formatAttendanceCsv, formatAttendanceSummaryCsv } from './format-attendance-csv.js';
import { listPublishedDocuments } from './list-published-documents.js';
import type { ImageSet } from './render-site-markdown.js';
import { sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

/** Everything the site consists of, as text by site path, and the repository files it copies. */
export interface SiteOutput {
  files: Map<string, string>;
  /** Pages search indexes (minutes and papers), by site path. */
  searchable: string[];
  /** Repository files to copy under files/: public PDF papers and the images public pages show. */
  copies: string[];
}

/** The whole public website, from the public view only: pages, calendars, Atom feeds, OParl JSON, CSV. */
export function renderSite(
  input: SiteInput,
  renderer: TemplateRenderer,
  assets: { stylesheet: string; searchScript: string },
): SiteOutput {
  const { repository } = input;
  const images: ImageSet = new Set();
  const documents = listPublishedDocuments(input);
  const pages: SitePage[] = [
    buildHomePage(input, documents),
    buildMeetingsPage(input),
    buildPeoplePage(input),
    ...buildFixedPages(input),
    ...[...repository.bodies.values()].flatMap((b) => [buildBodyPage(input, b), buildActionsPage(input, b)]),
    ...repository.meetings.map((m) => buildMeetingPage(input, m, images)),
    ...buildPaperPages(input, images),
    ...[...repository.people.values()].map((p) => buildPersonPage(input, p)),
  ];
  const files = new Map<string, string>();
  for (const page of pages) files.set(page.path, renderer.render(page.template, page.view));
  files.set(sitePaths.stylesheet, assets.stylesheet);
  files.set(sitePaths.searchScript, assets.searchScript);

  const name = repository.config.partnership;
  files.set(
    sitePaths.allCalendar,
    buildCalendar(input, repository.meetings, `${name}: all meetings`, sitePaths.allCalendar),
  );
  for (const body of repository.bodies.values()) {
    const meetings = repository.meetings.filter((m) => m.bodyId === body.id);
    files.set(
      sitePaths.bodyCalendar(body.id),
      buildCalendar(input, meetings, `${body.name}: meetings`, sitePaths.bodyCalendar(body.id)),
    );
    files.set(sitePaths.bodyAtom(body.id), buildAtomFeed(input, body, documents));
  }
  for (const meeting of repository.meetings) {
    const path = sitePaths.meetingCalendar(meeting.id);
    files.set(path, buildCalendar(input, [meeting], titleMeeting(repository, meeting), path));
  }
  for (const [path, value] of buildOParl(input)) files.set(path, `${JSON.stringify(value, null, 2)}\n`);
  files.set(sitePaths.attendanceCsv, formatAttendanceCsv(repository, input.attendance));
  files.set(sitePaths.attendanceSummaryCsv, formatAttendanceSummaryCsv(repository, input.attendance));

  const pdfs = new Set<string>();
  for (const meeting of repository.meetings) {
    if (!isAgendaPublished(meeting)) continue;
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers) if (ref.type === 'pdf' && input.pdfPapers.has(ref.path)) pdfs.add(ref.path);
  }
  return {
    files,
    searchable: pages.filter((p) => p.searchable).map((p) => p.path),
    copies: [...new Set([...pdfs, ...images])].sort(),
  };
}

/** The PDF papers a site links to: those of public items of published agendas (for reading their size and pages). */
export function listSitePdfPapers(input: Pick<SiteInput, 'repository'>): string[] {
  const paths = new Set<string>();
  for (const meeting of input.repository.meetings) {
    if (!isAgendaPublished(meeting)) continue;
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers) if (ref.type === 'pdf') paths.add(ref.path);
  }
  return [...paths].sort();
}
