import path from 'node:path';

/** Where each page, feed and file of the public website lives, relative to the site's root folder. */
export const sitePaths = {
  home: 'index.html',
  meetings: 'meetings.html',
  people: 'people.html',
  search: 'search.html',
  accessibility: 'accessibility.html',
  openData: 'open-data.html',
  stylesheet: 'assets/site.css',
  searchScript: 'assets/search.js',
  allCalendar: 'feeds/all.ics',
  attendanceCsv: 'data/attendance.csv',
  attendanceSummaryCsv: 'data/attendance-summary.csv',
  body: (id: string) => `bodies/${id}.html`,
  bodyActions: (id: string) => `bodies/${id}-actions.html`,
  bodyCalendar: (id: string) => `feeds/${id}.ics`,
  bodyAtom: (id: string) => `feeds/${id}.atom`,
  meeting: (id: string) => `meetings/${id}.html`,
  meetingCalendar: (id: string) => `meetings/${id}.ics`,
  person: (id: string) => `people/${id}.html`,
  /** A Markdown paper's page: its repository path under documents/, .md → .html. */
  paper: (repoPath: string) => `documents/${repoPath.replace(/\.md$/i, '')}.html`,
  /** A file copied from the repository (a PDF paper, an image), under files/. */
  file: (repoPath: string) => `files/${repoPath}`,
  packPdf: (meetingId: string) => `pdf/${meetingId}-agenda.pdf`,
  minutesPdf: (meetingId: string) => `pdf/${meetingId}-minutes.pdf`,
  oparl: (name: string) => `data/oparl/${name}.json`,
};

/** A link from one site page to another site path: relative, each segment URL-encoded, an optional #fragment. */
export function linkTo(fromPage: string, target: string, fragment?: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromPage), target) || path.posix.basename(target);
  const encoded = relative
    .split('/')
    .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
  return fragment ? `${encoded}#${encodeURIComponent(fragment)}` : encoded;
}

/** The absolute URL of a site path under the base URL (which ends with a slash). */
export function absoluteUrl(baseUrl: string, target: string): string {
  return new URL(target.split('/').map(encodeURIComponent).join('/'), baseUrl).href;
}
