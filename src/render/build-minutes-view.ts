import { formatClock, formatLongDate } from '../model/format-date.js';
import type { Attendee, Item, Meeting, Repository } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';
import { describeApologies, describeDeclarations } from './describe-attendance.js';
import { describeRole, nameBodyAt } from './describe-body.js';
import { describeExemption, describeMembersExemption } from './describe-exemption.js';
import { type RenderNote, renderMarkdownHtml } from './render-markdown-html.js';

/** A person line in Present / Also Present. */
export interface AttendeeView {
  name: string;
  title?: string;
  role?: string;
}

/** One resolution row, level with its owners in the Action column. */
export interface ResolutionView {
  label?: string;
  text: string;
  owners: string;
}

/** One minute: number, title, the narrative before the resolutions, the resolutions, the rest of the narrative, sub-items. */
export interface MinuteItemView {
  minute: string;
  title: string;
  /** The report the minute considered, printed first as the seeds do ("CSD19055"). */
  reportNumber?: string;
  apologies: string[];
  /** Declarations of interest, in the apologies item (seed 003: "…apologies and declaration of interest"). */
  declarations: string[];
  /** The narrative up to where the resolutions print (a RESOLVED marker, or before trailing post-meeting notes). */
  narrativeHtml: string;
  /** "RESOLVED that" leads a single resolution; several are numbered under "RESOLVED that:". */
  single?: ResolutionView;
  numbered: ResolutionView[];
  /** The narrative after the resolutions, in the order written. */
  narrativeAfterHtml: string;
  exemptNotice?: string;
  items: MinuteItemView[];
}

/** Everything the minutes templates print. */
export interface MinutesView {
  bodyName: string;
  heading: string;
  draft: boolean;
  /** Who chaired: "(Chairman)", or each of two joint chairmen "(Joint Chairman)". */
  chairs: AttendeeView[];
  present: AttendeeView[];
  alsoPresent: AttendeeView[];
  /** Declarations of interest printed after attendance, when no apologies item holds them. */
  declarations: string[];
  items: MinuteItemView[];
  ended?: string;
  footer: string;
  title: string;
  /** Heading levels: the body's name, then attendance and minute titles (1/2 alone, 3/4 inside a pack, below the item's heading). */
  level: number;
  subLevel: number;
}

/** Options: where notes about refused images go. */
export interface MinutesViewOptions {
  notes: RenderNote[];
  /** Heading level of the body's name: 1 for the minutes alone, 3 inside an agenda pack (below its Agenda Item heading). */
  level?: number;
}

/**
 * Model → the view the minutes templates print. The meeting comes from selectAudience: an item it
 * withheld (public view) prints as the exemption notice; an exempt item it kept (members) is marked.
 */
export function buildMinutesView(repository: Repository, meeting: Meeting, options: MinutesViewOptions): MinutesView {
  const body = repository.bodies.get(meeting.bodyId);
  const bodyName = body ? nameBodyAt(body, meeting.date).name : meeting.bodyId;
  const chairs = meeting.chairs.filter((c) => meeting.present.includes(c));
  const declarations = describeDeclarations(meeting);
  const declaringItem = [...walkItems(meeting.items)].find((i) => i.kind === 'apologies' && !i.withheld);
  const context = {
    root: repository.root,
    file: meeting.file,
    headingOffset: (options.level ?? 1) + 1,
    notes: options.notes,
    images: repository.images.status,
    definitions: meeting.definitions,
  };
  const toItem = (item: Item): MinuteItemView => {
    if (item.withheld) {
      return {
        minute: item.minute,
        title: item.title,
        apologies: [],
        declarations: [],
        narrativeHtml: '',
        numbered: [],
        narrativeAfterHtml: '',
        exemptNotice: describeExemption(item.exempt?.paragraph ?? 3),
        items: [],
      };
    }
    const resolutions = item.resolutions.map((r) => ({ text: r.text, owners: r.owners.map((o) => o.label).join('/') }));
    const split = item.resolutionsAt ?? item.narrative.length;
    return {
      minute: item.minute,
      title: item.title,
      reportNumber: item.reportNumber,
      declarations: item === declaringItem ? declarations : [],
      apologies: item.kind === 'apologies' && item.narrative.length === 0 ? describeApologies(meeting.apologies) : [],
      narrativeHtml: renderMarkdownHtml(item.narrative.slice(0, split), context),
      single: resolutions.length === 1 ? resolutions[0] : undefined,
      numbered: resolutions.length > 1 ? resolutions.map((r, i) => ({ ...r, label: `(${i + 1})` })) : [],
      narrativeAfterHtml: renderMarkdownHtml(item.narrative.slice(split), context),
      exemptNotice: item.exempt ? describeMembersExemption(item.exempt) : undefined,
      items: item.items.map(toItem),
    };
  };
  return {
    bodyName,
    title: `${bodyName}: minutes of ${formatLongDate(meeting.date)}`,
    heading: `Minutes of the meeting held at ${formatClock(meeting.time)} on ${formatLongDate(meeting.date)}`,
    draft: meeting.status !== 'minutes-approved',
    chairs: chairs.map((c) => toAttendee(c, chairs.length > 1 ? 'Joint Chairman' : 'Chairman')),
    present: meeting.present.filter((p) => !chairs.includes(p)).map((p) => toAttendee(p)),
    alsoPresent: meeting.alsoPresent.map((p) => toAttendee(p)),
    declarations: declaringItem ? [] : declarations,
    items: meeting.items.map(toItem),
    ended: meeting.ended ? formatClock(meeting.ended) : undefined,
    footer: `${bodyName} ${formatLongDate(meeting.date)}`,
    level: options.level ?? 1,
    subLevel: (options.level ?? 1) + 1,
  };
}

function toAttendee(person: Attendee, role?: string): AttendeeView {
  return {
    name: person.name,
    title: person.title,
    role: role ?? (person.role === 'member' ? undefined : describeRole(person.role)),
  };
}
