import type { Repository } from '../../model/model-types.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { LinkView } from './site-types.js';

/** What every page's layout prints around its content. */
export interface PageFrame {
  /** The <title>: the page's h1, then the partnership. */
  title: string;
  heading: string;
  partnership: string;
  council: string;
  homeHref: string;
  stylesheet: string;
  nav: LinkView[];
  breadcrumbs: LinkView[];
  alternates: { href: string; type: string; title: string }[];
  footer: LinkView[];
  /** Only the pages search should find carry pagefind's body marker. */
  searchable: boolean;
}

type Section = 'home' | 'meetings' | 'people' | 'open-data' | 'search' | 'accessibility';

/** The frame of one page at `page`: title, navigation with the current section marked, breadcrumbs, feeds. */
export function buildPageFrame(
  repository: Repository,
  page: string,
  heading: string,
  options: {
    section?: Section;
    breadcrumbs?: { path: string; text: string }[];
    alternates?: { path: string; type: string; title: string }[];
    searchable?: boolean;
  } = {},
): PageFrame {
  const to = (target: string) => linkTo(page, target);
  const nav: [Section, string, string][] = [
    ['home', sitePaths.home, 'Home'],
    ['meetings', sitePaths.meetings, 'Meetings'],
    ['people', sitePaths.people, 'People'],
    ['open-data', sitePaths.openData, 'Calendars and open data'],
    ['search', sitePaths.search, 'Search'],
  ];
  const partnership = repository.config.partnership;
  return {
    title: heading === partnership ? partnership : `${heading} - ${partnership}`,
    heading,
    partnership,
    council: repository.config.council,
    homeHref: to(sitePaths.home),
    stylesheet: to(sitePaths.stylesheet),
    nav: nav.map(([section, target, text]) => ({ href: to(target), text, current: section === options.section })),
    breadcrumbs: (options.breadcrumbs ?? []).map((b) => ({ href: to(b.path), text: b.text })),
    alternates: (options.alternates ?? []).map((a) => ({ href: to(a.path), type: a.type, title: a.title })),
    footer: [
      { href: to(sitePaths.accessibility), text: 'Accessibility statement' },
      { href: to(sitePaths.openData), text: 'Calendars and open data' },
    ],
    searchable: options.searchable === true,
  };
}
