import type { Deadlines } from '../model/compute-deadlines.js';
import { formatClock, formatDayDate, formatLongDate } from '../model/format-date.js';
import { buildAgendaView } from './build-agenda-view.js';
import { buildPaperSections, type PaperSectionsInput } from './build-paper-sections.js';
import { describeRole, listMembersAt, nameBodyAt } from './describe-body.js';
import type { AgendaItemView, PackLayout, PackView, SectionView } from './pack-view-types.js';

/** Model → the agenda pack view, before page numbers are known. */
export function buildPackView(input: PaperSectionsInput & { deadlines: Deadlines }): PackView {
  const { repository, meeting } = input;
  const body = repository.bodies.get(meeting.bodyId);
  const names = body
    ? nameBodyAt(body, meeting.date)
    : { name: meeting.bodyId, shortName: meeting.bodyId.toUpperCase() };
  const sections = buildPaperSections(input);
  const anchors = new Map(sections.filter((s) => s.heading).map((s) => [s.itemNumber, s.id]));
  const where = meeting.virtual ? 'virtually' : `at ${meeting.venue ?? 'a venue to be confirmed'}`;
  return {
    title: `${names.name}: agenda pack for ${formatLongDate(meeting.date)}${input.members ? ' (members, includes exempt items)' : ''}`,
    members: input.members,
    membersNotice: input.members ? "MEMBERS' PACK: INCLUDES EXEMPT ITEMS NOT FOR PUBLICATION" : undefined,
    council: repository.config.council,
    contact: repository.config.contact,
    dispatched: formatLongDate(meeting.dispatched ?? input.deadlines.dispatch),
    bodyName: names.name,
    shortName: names.shortName,
    memberLines: listMembersAt(repository, meeting.bodyId, meeting.date).map((m) => ({
      name: m.name,
      title: m.title,
      role: describeRole(m.role),
    })),
    notice: `A meeting of the ${names.name} will be held ${where} on ${formatDayDate(meeting.date).toUpperCase()} at ${formatClock(meeting.time)}`,
    stream: meeting.virtual?.stream,
    agenda: buildAgendaView(meeting, input.deadlines, anchors, input.previous),
    sections,
  };
}

/**
 * The pack with page ranges on the agenda, blank pages before papers that would start on a left-hand
 * page, and the pages that keep its numbering the same as the other audience's pack: after the agenda,
 * and after a section that is shorter here (in the public pack those pages say they are withheld).
 */
export function layOutPack(view: PackView, layout: PackLayout): PackView {
  const withPages = (item: AgendaItemView): AgendaItemView => {
    const range = layout.pages.get(item.number);
    return { ...item, pages: range ? formatPages(range.from, range.to) : undefined, items: item.items.map(withPages) };
  };
  const blank = (id: string, itemNumber: string, blankText?: string): SectionView => ({
    blank: true,
    blankText,
    id,
    itemNumber,
    title: '',
    partial: 'blank-page',
    data: {},
    notForPublication: false,
  });
  const padText = view.members ? undefined : 'This page is intentionally withheld';
  const pages = (count: number, make: (k: number) => SectionView) => Array.from({ length: count }, (_, k) => make(k));
  const sections = view.sections.flatMap((section, i) => [
    ...(i === 0 ? pages(layout.frontPad ?? 0, (k) => blank(`front-pad-${k}`, section.itemNumber)) : []),
    ...(layout.blankBefore.has(i) ? [blank(`blank-${i}`, section.itemNumber)] : []),
    section,
    ...pages(layout.padAfter?.get(i) ?? 0, (k) => blank(`pad-${i}-${k}`, section.itemNumber, padText)),
  ]);
  return { ...view, agenda: view.agenda.map(withPages), sections };
}

function formatPages(from: number, to: number): string {
  return from === to ? `(Page ${from})` : `(Pages ${from} - ${to})`;
}
