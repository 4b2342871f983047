import ical, { ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator';
import type { Meeting } from '../../model/model-types.js';
import { describeStatus, findPublicationDate, isAgendaPublished, titleMeeting } from './describe-site-meeting.js';
import { absoluteUrl, sitePaths } from './site-paths.js';
import type { SiteInput } from './site-types.js';

const ZONE = 'Europe/London';
// A meeting's length when the minutes do not say when it ended.
const DEFAULT_HOURS = 2;
// SEQUENCE rises as the record moves on, so a calendar that imported a .ics once takes the newer one.
const SEQUENCE: Record<Meeting['status'], number> = {
  'draft-agenda': 0,
  'agenda-published': 1,
  'draft-minutes': 2,
  'minutes-approved': 3,
};

/** An iCalendar feed (RFC 5545) of meetings, times in Europe/London with its VTIMEZONE, one stable UID per meeting. */
export function buildCalendar(input: SiteInput, meetings: readonly Meeting[], name: string, path: string): string {
  const { partnership } = input.repository.config;
  const calendar = ical({
    name,
    prodId: { company: partnership, product: 'sbp', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: absoluteUrl(input.baseUrl, path),
    // The events name their zone (DTSTART;TZID=Europe/London) and the generator adds its VTIMEZONE. The
    // calendar itself names none, so that DTSTAMP is written in UTC, as RFC 5545 requires.
    timezone: { name: null, generator: () => input.vtimezone },
    x: [['X-WR-TIMEZONE', ZONE]],
  });
  for (const meeting of meetings) calendar.createEvent(describeEvent(input, meeting));
  return calendar.toString();
}

/** A meeting's unique id in every calendar: the meeting id at the partnership, never the site's address. */
export function formatMeetingUid(partnership: string, meetingId: string): string {
  return `${meetingId}@${partnership
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.sbp`;
}

function describeEvent(input: SiteInput, meeting: Meeting): ICalEventData {
  const { repository } = input;
  const [hours, minutes] = meeting.time.split(':').map(Number);
  const end = meeting.ended?.split(':').map(Number) ?? [hours + DEFAULT_HOURS, minutes];
  const url = absoluteUrl(input.baseUrl, sitePaths.meeting(meeting.id));
  const items = isAgendaPublished(meeting) ? meeting.items.map((i) => `${i.number}. ${i.title}`) : [];
  const title = titleMeeting(repository, meeting).split(', ')[0];
  return {
    id: formatMeetingUid(repository.config.partnership, meeting.id),
    // With a time zone, ical-generator prints a Date's local fields: build it from the wall-clock time itself.
    start: wallClock(meeting.date, hours, minutes),
    end: wallClock(meeting.date, end[0], end[1]),
    timezone: ZONE,
    summary: meeting.cancelled ? `CANCELLED: ${title}` : title,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: SEQUENCE[meeting.status] + (meeting.cancelled ? 4 : 0),
    // Deterministic: the day the agenda is published, never the time of the build.
    stamp: new Date(`${findPublicationDate(repository, meeting)}T00:00:00Z`),
    location: meeting.virtual ? `Online: ${meeting.virtual.stream}` : (meeting.venue ?? null),
    url,
    description: [describeStatus(meeting), ...(items.length ? ['', 'Agenda:', ...items] : []), '', url].join('\n'),
  };
}

function wallClock(date: string, hours: number, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, hours, minutes, 0, 0);
}
