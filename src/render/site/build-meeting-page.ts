import { formatDayDate, formatLongDate } from '../../model/format-date.js';
import type { Meeting } from '../../model/model-types.js';
import { reportMattersArising } from '../../model/report-matters-arising.js';
import { describeExemption } from '../describe-exemption.js';
import { linkAttendee, linkOwners } from './build-attendee-links.js';
import { buildPageFrame } from './build-page-frame.js';
import { buildSiteAgenda, linkNeighbour } from './build-site-agenda.js';
import { anchorMinute, buildSiteMinutes } from './build-site-minutes.js';
import {
  areMinutesPublished,
  describeDownload,
  describeStatus,
  describeTime,
  findEarlierMeeting,
  findNextMeeting,
  hasMattersArising,
  isAgendaPublished,
  nameMeetingBody,
} from './describe-site-meeting.js';
import type { ImageSet } from './render-site-markdown.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { LinkView, SiteInput, SitePage } from './site-types.js';

/** The page of one meeting: facts, documents, agenda with papers, matters arising, attendance, declarations, minutes. */
export function buildMeetingPage(input: SiteInput, meeting: Meeting, images: ImageSet): SitePage {
  const { repository } = input;
  const page = sitePaths.meeting(meeting.id);
  const bodyName = nameMeetingBody(repository, meeting);
  const heading = `${bodyName}, ${formatDayDate(meeting.date)}`;
  const to = (target: string, fragment?: string) => linkTo(page, target, fragment);
  const published = isAgendaPublished(meeting);
  const minutes = areMinutesPublished(meeting);
  const facts = [
    { term: 'Date', value: formatDayDate(meeting.date) },
    { term: 'Time', value: describeTime(meeting) },
    meeting.virtual
      ? { term: 'Where', value: 'Held virtually: watch the live stream', href: meeting.virtual.stream }
      : { term: 'Venue', value: meeting.venue ?? 'To be confirmed' },
    { term: 'Status', value: describeStatus(meeting) },
  ];
  const documents: LinkView[] = [];
  const pack = input.builtPdfs.get(sitePaths.packPdf(meeting.id));
  if (published && pack)
    documents.push({
      href: to(sitePaths.packPdf(meeting.id)),
      text: 'Public agenda pack',
      note: describeDownload(pack),
    });
  const minutesPdf = input.builtPdfs.get(sitePaths.minutesPdf(meeting.id));
  if (minutes && minutesPdf)
    documents.push({
      href: to(sitePaths.minutesPdf(meeting.id)),
      text: 'Printed minutes',
      note: describeDownload(minutesPdf),
    });
  documents.push({
    href: to(sitePaths.meetingCalendar(meeting.id)),
    text: 'Add to your calendar',
    note: 'iCalendar file',
  });
  const recorded = minutes && !meeting.cancelled;
  const previous = linkNeighbour(page, findEarlierMeeting(repository.meetings, meeting), 'Previous meeting');
  const next = linkNeighbour(page, findNextMeeting(repository.meetings, meeting), 'Next meeting');
  return {
    path: page,
    template: 'meeting',
    searchable: published,
    view: {
      frame: buildPageFrame(repository, page, heading, {
        section: 'meetings',
        breadcrumbs: [
          { path: sitePaths.home, text: 'Home' },
          { path: sitePaths.body(meeting.bodyId), text: bodyName },
        ],
        searchable: published,
      }),
      cancelled: meeting.cancelled === true,
      facts,
      documents,
      previous,
      next,
      pager: previous !== undefined || next !== undefined,
      published,
      agenda: published ? buildSiteAgenda(input, meeting, page) : [],
      mattersArising: hasMattersArising(meeting) ? { rows: buildMattersArisingRows(input, meeting, page) } : undefined,
      attendance: recorded ? buildAttendance(page, meeting) : undefined,
      minutes: minutes ? buildSiteMinutes(repository, meeting, page, images) : undefined,
    },
  };
}

function buildAttendance(page: string, meeting: Meeting) {
  const link = (p: Meeting['present'][number]) => linkAttendee(page, p, meeting.chairs);
  return {
    present: meeting.present.map(link),
    apologies: meeting.apologies.map((a) => ({
      person: link(a.person),
      substitute: a.substitute ? link(a.substitute) : undefined,
    })),
    alsoPresent: meeting.alsoPresent.map(link),
    declarations: meeting.declarations.map((d) => ({ person: link(d.person), item: d.item, interest: d.interest })),
  };
}

function buildMattersArisingRows(input: SiteInput, meeting: Meeting, page: string) {
  return reportMattersArising(input.repository, meeting).map(({ action, update, completed }) => ({
    minute: action.minute,
    href: linkTo(page, sitePaths.meeting(action.meetingId), anchorMinute(action.minute)),
    date: formatLongDate(action.date),
    title: action.itemTitle,
    // A redacted (exempt) action keeps only its minute and paragraph.
    text: action.exempt ? describeExemption(action.exempt.paragraph) : action.text,
    owners: linkOwners(input.repository, page, action.owners),
    update: update?.text,
    status: completed ? 'Completed' : action.status === 'superseded' ? 'Superseded' : 'Open',
  }));
}
