import type { RootContent } from 'mdast';
import { formatClock, formatLongDate } from '../model/format-date.js';
import type { Apology, Attendee, Item, Meeting, Repository } from '../model/model-types.js';
import { describeRole, nameBodyAt } from './describe-body.js';
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

/** One minute: number, title, narrative, resolutions, post-meeting notes and sub-items. */
export interface MinuteItemView {
  minute: string;
  title: string;
  apologies: string[];
  narrativeHtml: string;
  /** "RESOLVED that" leads a single resolution; several are numbered under "RESOLVED that:". */
  single?: ResolutionView;
  numbered: ResolutionView[];
  postNotesHtml: string;
  exemptNotice?: string;
  items: MinuteItemView[];
}

/** Everything the minutes templates print. */
export interface MinutesView {
  bodyName: string;
  heading: string;
  draft: boolean;
  chair?: AttendeeView;
  present: AttendeeView[];
  alsoPresent: AttendeeView[];
  items: MinuteItemView[];
  ended?: string;
  footer: string;
  title: string;
  /** Heading levels: the body's name, then attendance and minute titles (1/2 alone, 3/4 inside a pack, below the item's heading). */
  level: number;
  subLevel: number;
}

/** Options: whether exempt items are printed (members' copy) and where notes about refused images go. */
export interface MinutesViewOptions {
  includeExempt: boolean;
  notes: RenderNote[];
  /** Heading level of the body's name: 1 for the minutes alone, 3 inside an agenda pack (below its Agenda Item heading). */
  level?: number;
}

/** Model → the view the minutes templates print. */
export function buildMinutesView(repository: Repository, meeting: Meeting, options: MinutesViewOptions): MinutesView {
  const body = repository.bodies.get(meeting.bodyId);
  const bodyName = body ? nameBodyAt(body, meeting.date).name : meeting.bodyId;
  const chairId = meeting.chair?.personId;
  const chair = meeting.present.find((p) => p.personId && p.personId === chairId);
  const context = {
    root: repository.root,
    file: meeting.file,
    headingOffset: (options.level ?? 1) + 1,
    notes: options.notes,
  };
  const toItem = (item: Item): MinuteItemView => {
    if (item.exempt && !options.includeExempt) {
      return {
        minute: item.minute,
        title: item.title,
        apologies: [],
        narrativeHtml: '',
        numbered: [],
        postNotesHtml: '',
        exemptNotice: describeExemption(item.exempt.paragraph),
        items: [],
      };
    }
    const resolutions = item.resolutions.map((r) => ({ text: r.text, owners: r.owners.map((o) => o.label).join('/') }));
    return {
      minute: item.minute,
      title: item.title,
      apologies: item.kind === 'apologies' && item.narrative.length === 0 ? describeApologies(meeting.apologies) : [],
      narrativeHtml: renderMarkdownHtml(item.narrative as RootContent[], context),
      single: resolutions.length === 1 ? resolutions[0] : undefined,
      numbered: resolutions.length > 1 ? resolutions.map((r, i) => ({ ...r, label: `(${i + 1})` })) : [],
      postNotesHtml: renderMarkdownHtml(item.postNotes as RootContent[], context),
      exemptNotice: item.exempt ? 'NOT FOR PUBLICATION' : undefined,
      items: item.items.map(toItem),
    };
  };
  return {
    bodyName,
    title: `${bodyName}: minutes of ${formatLongDate(meeting.date)}`,
    heading: `Minutes of the meeting held at ${formatClock(meeting.time)} on ${formatLongDate(meeting.date)}`,
    draft: meeting.status !== 'minutes-approved',
    chair: chair ? toAttendee(chair, 'Chairman') : undefined,
    present: meeting.present.filter((p) => p !== chair).map((p) => toAttendee(p)),
    alsoPresent: meeting.alsoPresent.map((p) => toAttendee(p)),
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

/** The sentence printed in place of an exempt item's text. */
export function describeExemption(paragraph: number): string {
  return `This item contains exempt information (paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972) and is not for publication.`;
}

function describeApologies(apologies: Apology[]): string[] {
  const plain = apologies.filter((a) => !a.substitute).map((a) => a.person.name);
  const sentences = plain.length > 0 ? [`Apologies were received from ${joinNames(plain)}.`] : [];
  for (const a of apologies) {
    if (a.substitute)
      sentences.push(`Apologies were received from ${a.person.name}, and ${a.substitute.name} attended as substitute.`);
  }
  return sentences;
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
