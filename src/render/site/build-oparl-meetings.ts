import type { Item, Meeting, PaperRef } from '../../model/model-types.js';
import { walkItems } from '../../model/walk-items.js';
import { anchorItem } from './build-site-agenda.js';
import {
  areMinutesPublished,
  describeStatus,
  findPublicationDate,
  isAgendaPublished,
  titleMeeting,
} from './describe-site-meeting.js';
import { absoluteUrl, sitePaths } from './site-paths.js';
import type { SiteInput } from './site-types.js';

/** An OParl object: every one has an id (its URL) and a type such as https://schema.oparl.org/1.1/Meeting. */
export type OParlObject = { id: string; type: string } & Record<string, unknown>;

/** The OParl type URL of an object type. */
export function oparlType(name: string): string {
  return `https://schema.oparl.org/1.1/${name}`;
}

/** The file name of a paper's OParl object: its repository path, made one segment. */
export function slugPaper(repoPath: string): string {
  return repoPath.replace(/\.(md|pdf)$/i, '').replace(/[^A-Za-z0-9-]+/g, '-');
}

/** "2019-06-20T10:00:00+01:00": a wall-clock time in London with the offset in force that day. */
export function formatLondonDateTime(date: string, time: string): string {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const suffix = offset === 'GMT' || !offset ? '+00:00' : offset.replace('GMT', '');
  return `${date}T${time}:00${suffix}`;
}

/** An OParl File for a document on the site. */
export function describeFile(
  input: SiteInput,
  path: string,
  name: string,
  mimeType: string,
  extra: Record<string, unknown> = {},
): OParlObject {
  const url = absoluteUrl(input.baseUrl, path);
  return {
    id: `${url}#file`,
    type: oparlType('File'),
    name,
    fileName: path.split('/').pop(),
    mimeType,
    accessUrl: url,
    ...extra,
  };
}

/** The OParl Meeting of a meeting of the public view, with its agenda items embedded. */
export function describeOParlMeeting(input: SiteInput, meeting: Meeting): OParlObject {
  const url = (path: string) => absoluteUrl(input.baseUrl, path);
  const id = url(sitePaths.oparl(`meeting/${meeting.id}`));
  const published = isAgendaPublished(meeting);
  const pack = input.builtPdfs.get(sitePaths.packPdf(meeting.id));
  const minutes = input.builtPdfs.get(sitePaths.minutesPdf(meeting.id));
  const meetingObject: OParlObject = {
    id,
    type: oparlType('Meeting'),
    name: titleMeeting(input.repository, meeting),
    meetingState: describeStatus(meeting),
    cancelled: meeting.cancelled === true,
    start: formatLondonDateTime(meeting.date, meeting.time),
    organization: [url(sitePaths.oparl(`organization/${meeting.bodyId}`))],
    participant: areMinutesPublished(meeting)
      ? meeting.present.filter((p) => p.personId).map((p) => url(sitePaths.oparl(`person/${p.personId}`)))
      : [],
    agendaItem: published
      ? // OParl 1.1's order is the item's position in this list, counted from 0.
        [...walkItems(meeting.items)].map((item, i) => describeAgendaItem(input, meeting, id, item, i))
      : [],
    web: url(sitePaths.meeting(meeting.id)),
  };
  if (meeting.ended) meetingObject.end = formatLondonDateTime(meeting.date, meeting.ended);
  const where = meeting.virtual ? `Online: ${meeting.virtual.stream}` : meeting.venue;
  if (where) meetingObject.location = { id: `${id}#location`, type: oparlType('Location'), description: where };
  const date = findPublicationDate(input.repository, meeting);
  if (published && pack)
    meetingObject.invitation = describeFile(
      input,
      sitePaths.packPdf(meeting.id),
      'Public agenda pack',
      'application/pdf',
      { size: pack.size, date },
    );
  if (areMinutesPublished(meeting) && minutes)
    meetingObject.resultsProtocol = describeFile(
      input,
      sitePaths.minutesPdf(meeting.id),
      'Minutes',
      'application/pdf',
      { size: minutes.size },
    );
  return meetingObject;
}

function describeAgendaItem(
  input: SiteInput,
  meeting: Meeting,
  meetingId: string,
  item: Item,
  order: number,
): OParlObject {
  const agendaItem: OParlObject = {
    id: `${meetingId}#${anchorItem(item.number)}`,
    type: oparlType('AgendaItem'),
    meeting: meetingId,
    number: item.number,
    order,
    name: item.title,
    // The public view keeps an exempt item's title and paragraph only: public is false, nothing else is said.
    public: item.exempt === undefined,
    web: `${absoluteUrl(input.baseUrl, sitePaths.meeting(meeting.id))}#${anchorItem(item.number)}`,
  };
  if (!item.exempt && areMinutesPublished(meeting) && item.resolutions.length > 0)
    agendaItem.resolutionText = item.resolutions.map((r) => `RESOLVED that ${r.text}`).join('\n');
  const files = item.papers
    .map((ref) => describePaperFile(input, ref))
    .filter((f): f is OParlObject => f !== undefined);
  if (files.length > 0) agendaItem.auxiliaryFile = files;
  return agendaItem;
}

/** The OParl File of a public paper reference (withheld and generated papers have none). */
export function describePaperFile(input: SiteInput, ref: PaperRef): OParlObject | undefined {
  if (ref.type === 'pdf') {
    const info = input.pdfPapers.get(ref.path);
    return info
      ? describeFile(input, sitePaths.file(ref.path), ref.title ?? ref.path, 'application/pdf', { size: info.size })
      : undefined;
  }
  if (ref.type !== 'markdown') return undefined;
  const paper = input.repository.papers.get(ref.path);
  return paper
    ? describeFile(input, sitePaths.paper(ref.path), ref.title ?? paper.frontMatter.title, 'text/html')
    : undefined;
}
