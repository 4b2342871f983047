import { decidePreviousMeeting } from '../../model/decide-previous-meeting.js';
import { formatDayDate, formatLongDate } from '../../model/format-date.js';
import type { Item, Meeting, PaperRef } from '../../model/model-types.js';
import { listPapers } from '../build-paper-sections.js';
import { describeExemption } from '../describe-exemption.js';
import { anchorMinute } from './build-site-minutes.js';
import { areMinutesPublished, describeDownload } from './describe-site-meeting.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { LinkView, SiteInput } from './site-types.js';

/** A paper of an agenda item: a page, a download, a section of this page, or withheld. */
export interface AgendaPaperView {
  href?: string;
  text: string;
  note?: string;
  withheld?: string;
}

/** One agenda line on a meeting page. */
export interface AgendaEntryView {
  number: string;
  anchor: string;
  title: string;
  level: number;
  paragraphs: string[];
  exempt?: string;
  papers: AgendaPaperView[];
  minute?: LinkView;
  items: AgendaEntryView[];
}

/** Anchor of an agenda item on its meeting page. */
export function anchorItem(number: string): string {
  return `item-${number}`;
}

/** The agenda of a meeting of the public view, each item with its papers linked and its minute, once published. */
export function buildSiteAgenda(input: SiteInput, meeting: Meeting, page: string): AgendaEntryView[] {
  const minutes = areMinutesPublished(meeting);
  const toEntry = (item: Item, level: number): AgendaEntryView => ({
    number: item.number,
    anchor: anchorItem(item.number),
    title: item.title,
    level,
    // An exempt item's description is confidential; the public view has already dropped it.
    paragraphs: (item.description ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    exempt: item.exempt ? describeExemption(item.exempt.paragraph) : undefined,
    papers: listPapers(item).map((ref) => linkPaper(input, meeting, page, ref)),
    minute: minutes
      ? { href: `#${anchorMinute(item.minute)}`, text: `Minute ${item.minute}: ${item.title}` }
      : undefined,
    items: item.items.map((sub) => toEntry(sub, level + 1)),
  });
  return meeting.items.map((item) => toEntry(item, 3));
}

function linkPaper(input: SiteInput, meeting: Meeting, page: string, ref: PaperRef): AgendaPaperView {
  switch (ref.type) {
    case 'withheld':
      return { text: 'Paper not for publication', withheld: describeExemption(ref.paragraph) };
    case 'pdf': {
      const info = input.pdfPapers.get(ref.path);
      const name = ref.title ?? ref.path.split('/').pop()!;
      return info
        ? { href: linkTo(page, sitePaths.file(ref.path)), text: name, note: describeDownload(info) }
        : { text: `${name} (not available)` };
    }
    case 'markdown': {
      const paper = input.repository.papers.get(ref.path);
      return paper
        ? {
            href: linkTo(page, sitePaths.paper(ref.path)),
            text: ref.title ?? paper.frontMatter.title,
            note: 'web page',
          }
        : { text: `${ref.title ?? ref.path} (not available)` };
    }
    default: {
      if (ref.generate === 'matters-arising') return { href: '#matters-arising', text: 'Matters arising report' };
      // The one decision of which meeting came before, as the pack's item 2 carries it.
      const decided = decidePreviousMeeting(input.repository.meetings, meeting);
      const previous = decided.minutes.type === 'meeting' ? decided.minutes.meeting : undefined;
      if (!previous) {
        const when = decided.date ? ` held on ${formatLongDate(decided.date)}` : '';
        return { text: `Minutes of the previous meeting${when} (not in this record)` };
      }
      const text = `Minutes of the meeting held on ${formatLongDate(previous.date)}`;
      return areMinutesPublished(previous)
        ? { href: linkTo(page, sitePaths.meeting(previous.id), 'minutes'), text }
        : { text: `${text} (not yet published)` };
    }
  }
}

/** "Thursday 20 June 2019, 10.00 am" links to the body's previous and next meetings. */
export function linkNeighbour(page: string, meeting: Meeting | undefined, rel: string): LinkView | undefined {
  return meeting
    ? { href: linkTo(page, sitePaths.meeting(meeting.id)), text: `${rel}: ${formatDayDate(meeting.date)}` }
    : undefined;
}
