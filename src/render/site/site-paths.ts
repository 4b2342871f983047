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
  // Site paths are normalised (no "." or ".."), so the relative path is: up out of the page's folders
  // that the target does not share, then down into the target's. Pages link to pages many thousand times.
  const from = fromPage.split('/').slice(0, -1);
  const to = target.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  const encoded = [...from.slice(shared).map(() => '..'), ...to.slice(shared).map(encodeSegment)].join('/');
  return fragment ? `${encoded}#${encodeURIComponent(fragment)}` : encoded;
}

function encodeSegment(segment: string): string {
  return /^[A-Za-z0-9._~-]*$/.test(segment) ? segment : encodeURIComponent(segment);
}

/** The absolute URL of a site path under the base URL (which ends with a slash). */
export function absoluteUrl(baseUrl: string, target: string): string {
  return new URL(target.split('/').map(encodeURIComponent).join('/'), baseUrl).href;
}
