import { formatLongDate } from '../model/format-date.js';
import type { Item, Meeting, PaperRef, Repository } from '../model/model-types.js';
import type { MattersArisingRow } from '../model/report-matters-arising.js';
import { findPaperExemption } from '../model/select-audience.js';
import { walkItems } from '../model/walk-items.js';
import { buildMattersArisingView } from './build-matters-arising-view.js';
import { buildMinutesView, describeExemption } from './build-minutes-view.js';
import type { SectionView } from './pack-view-types.js';
import { type RenderNote, renderMarkdownHtml } from './render-markdown-html.js';

/** A PDF paper as the write layer found it: its page count and orientation, or why it cannot be merged. */
export type PdfPaperInfo = { pageCount: number; landscape?: boolean } | { reason: string };

/** What the paper sections need besides the model. */
export interface PaperSectionsInput {
  repository: Repository;
  meeting: Meeting;
  previous?: Meeting;
  members: boolean;
  pdfPapers: ReadonlyMap<string, PdfPaperInfo>;
  mattersArising: MattersArisingRow[];
  notes: RenderNote[];
}

/** One section per paper of every item, in agenda order; exempt papers become notices unless `members`. */
export function buildPaperSections(input: PaperSectionsInput): SectionView[] {
  const sections: SectionView[] = [];
  for (const item of walkItems(input.meeting.items)) {
    const papers = listPapers(item);
    papers.forEach((paper, i) => {
      const section = { ...buildSection(item, paper, input), id: `sec-${sections.length}` };
      if (i === 0) section.heading = `Agenda Item ${item.number}`;
      sections.push(section);
    });
  }
  return sections;
}

/** The papers of an item, with the generated paper its kind implies when none is listed. */
export function listPapers(item: Item): PaperRef[] {
  if (item.papers.length > 0) return item.papers;
  if (item.kind === 'previous-minutes' || item.kind === 'matters-arising') {
    return [{ type: 'generated', generate: item.kind, src: item.src }];
  }
  return [];
}

function buildSection(item: Item, paper: PaperRef, input: PaperSectionsInput): Omit<SectionView, 'id'> {
  const base = { itemNumber: item.number, notForPublication: false };
  const exemptParagraph =
    paper.type === 'withheld'
      ? paper.paragraph
      : (item.exempt?.paragraph ??
        (paper.type === 'markdown' ? findPaperExemption(input.repository.papers.get(paper.path)) : undefined));
  if (exemptParagraph !== undefined) {
    if (!input.members) {
      return {
        ...base,
        title: item.title,
        partial: 'exempt-notice',
        data: { text: describeExemption(exemptParagraph) },
      };
    }
    base.notForPublication = true;
  }
  if (paper.type === 'withheld') {
    // Only the public view holds withheld papers, and the members' copy never reaches here with one.
    return { ...base, title: item.title, partial: 'exempt-notice', data: { text: describeExemption(paper.paragraph) } };
  }
  if (paper.type === 'generated' && paper.generate === 'previous-minutes') {
    if (!input.previous?.hasMinutes) {
      const text = input.previous
        ? `The minutes of the meeting held on ${formatLongDate(input.previous.date)} are not yet available.`
        : 'There is no previous meeting of this body in the repository.';
      return { ...base, title: item.title, partial: 'notice', data: { text } };
    }
    const view = buildMinutesView(input.repository, input.previous, {
      includeExempt: input.members,
      notes: input.notes,
      level: 3,
    });
    return { ...base, title: view.title, partial: 'minutes-body', data: view };
  }
  if (paper.type === 'generated') {
    const view = buildMattersArisingView(input.repository, input.meeting, item, input.mattersArising);
    return { ...base, title: view.title, partial: 'matters-arising', data: view };
  }
  if (paper.type === 'pdf') {
    const info = input.pdfPapers.get(paper.path);
    const title = paper.title ?? item.title;
    if (!info || 'reason' in info) {
      return {
        ...base,
        title,
        partial: 'notice',
        data: { text: `The paper ${paper.path} could not be included: it ${info?.reason ?? 'was not found'}.` },
      };
    }
    // A landscape paper gets landscape pages in the pack, so that it is merged at a readable size.
    return {
      ...base,
      title,
      partial: 'paper-pdf',
      landscape: info.landscape === true,
      data: { title, pages: Array.from({ length: info.pageCount - 1 }, (_, i) => i + 2) },
      pdf: { path: paper.path, pageCount: info.pageCount },
    };
  }
  const parsed = input.repository.papers.get(paper.path);
  if (!parsed)
    return {
      ...base,
      title: paper.title ?? item.title,
      partial: 'notice',
      data: { text: `The paper ${paper.path} could not be read.` },
    };
  const bodyHtml = renderMarkdownHtml(parsed.body.children, {
    root: input.repository.root,
    file: paper.path,
    headingOffset: 2,
    notes: input.notes,
  });
  const front = parsed.frontMatter;
  return {
    ...base,
    title: paper.title ?? front.title,
    partial: `paper-${front.template}`,
    data: {
      front,
      title: paper.title ?? front.title,
      bodyHtml,
      filed: front.filed && formatLongDate(front.filed),
      lastMeeting: front.lastMeeting && formatLongDate(front.lastMeeting),
      date: formatLongDate(input.meeting.date),
    },
  };
}
