import { buildPageFrame } from './build-page-frame.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

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
