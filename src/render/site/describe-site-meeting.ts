import { computeDeadlines } from '../../model/compute-deadlines.js';
import { formatClock, formatDayDate } from '../../model/format-date.js';
import type { Meeting, Repository } from '../../model/model-types.js';
import { walkItems } from '../../model/walk-items.js';
import { listPapers } from '../build-paper-sections.js';
import { nameBodyAt } from '../describe-body.js';
import type { DownloadInfo } from './site-types.js';

/** What the public is told of a meeting's progress. */
export function describeStatus(meeting: Meeting): string {
  if (meeting.cancelled) return 'Cancelled';
  switch (meeting.status) {
    case 'draft-agenda':
      return 'Agenda not yet published';
    case 'agenda-published':
      return 'Agenda published';
    case 'draft-minutes':
      return 'Draft minutes published';
    default:
      return 'Minutes approved';
  }
}

/** Whether the agenda is public: a draft agenda is the clerk's working copy, not yet published. */
export function isAgendaPublished(meeting: Meeting): boolean {
  return meeting.status !== 'draft-agenda';
}

/** Whether the meeting page has a Matters Arising section: a published agenda with a matters-arising paper. */
export function hasMattersArising(meeting: Meeting): boolean {
  if (!isAgendaPublished(meeting)) return false;
  return [...walkItems(meeting.items)].some((item) =>
    listPapers(item).some((p) => p.type === 'generated' && p.generate === 'matters-arising'),
  );
}

/** Whether minutes are public: written, and the status says so. */
export function areMinutesPublished(meeting: Meeting): boolean {
  return meeting.hasMinutes && (meeting.status === 'draft-minutes' || meeting.status === 'minutes-approved');
}

/** Still to be held, as far as the record says (no minutes yet): the site never reads the clock, so it stays reproducible. */
export function isUpcoming(meeting: Meeting): boolean {
  return meeting.status === 'draft-agenda' || meeting.status === 'agenda-published';
}

/** The body's name as it was on the meeting's date. */
export function nameMeetingBody(repository: Repository, meeting: Meeting): string {
  const body = repository.bodies.get(meeting.bodyId);
  return body ? nameBodyAt(body, meeting.date).name : meeting.bodyId;
}

/** "Safer Bromley Partnership Board, Thursday 9 December 2021". */
export function titleMeeting(repository: Repository, meeting: Meeting): string {
  return `${nameMeetingBody(repository, meeting)}, ${formatDayDate(meeting.date)}`;
}

/** "10.00 am". */
export function describeTime(meeting: Meeting): string {
  return formatClock(meeting.time);
}

// Working days are counted once per meeting: every page, feed and data file asks for the same dates.
const dispatchDates = new WeakMap<Meeting, string>();

/** The day the agenda was (or will be) published: the dispatch date written or computed. */
export function findPublicationDate(repository: Repository, meeting: Meeting): string {
  let date = meeting.dispatched ?? dispatchDates.get(meeting);
  if (date === undefined) {
    date = computeDeadlines(meeting.date, repository.config).dispatch;
    dispatchDates.set(meeting, date);
  }
  return date;
}

/** The day the minutes became public: approved at the body's next meeting when the repository holds it. */
export function findMinutesDate(repository: Repository, meeting: Meeting): string {
  if (meeting.status !== 'minutes-approved') return meeting.date;
  const next = findNextMeeting(repository.meetings, meeting);
  return next?.date ?? meeting.date;
}

/** The body's next meeting after this one. */
export function findNextMeeting(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return meetings.find((m) => m.bodyId === meeting.bodyId && m.date > meeting.date);
}

/** The body's latest earlier meeting in the repository: the page before this one (not always its previous meeting). */
export function findEarlierMeeting(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  let earlier: Meeting | undefined;
  for (const m of meetings)
    if (m.bodyId === meeting.bodyId && m.date < meeting.date && (!earlier || m.date > earlier.date)) earlier = m;
  return earlier;
}

/** "2019/20" for the municipal year starting in 2019. */
export function formatMunicipalYear(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** "PDF, 340 KB, 12 pages". */
export function describeDownload(info: DownloadInfo | undefined): string {
  if (!info) return 'PDF';
  const pages = info.pageCount === undefined ? '' : `, ${info.pageCount} ${info.pageCount === 1 ? 'page' : 'pages'}`;
  return `PDF, ${formatSize(info.size)}${pages}`;
}

/** Bytes as people read them: "820 bytes", "34 KB", "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
