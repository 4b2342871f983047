import type { PreviousMeeting } from '../model/decide-previous-meeting.js';
import { formatLongDate } from '../model/format-date.js';
import type { MattersArisingRow } from '../model/group-matters-arising.js';
import type { Item, Meeting, PaperRef, Repository } from '../model/model-types.js';
import { isPaperPublic } from '../model/select-audience.js';
import { walkItems } from '../model/walk-items.js';
import { buildMattersArisingView } from './build-matters-arising-view.js';
import { buildMinutesView } from './build-minutes-view.js';
import { describeExemption } from './describe-exemption.js';
import type { SectionView } from './pack-view-types.js';
import { type RenderNote, renderMarkdownHtml } from './render-markdown-html.js';

/** A PDF paper as the write layer found it: its page count and orientation, or why it cannot be merged. */
export type PdfPaperInfo = { pageCount: number; landscape?: boolean } | { reason: string };

/** What the paper sections need besides the model; `repository` is the view selectAudience gave for this pack. */
export interface PaperSectionsInput {
  repository: Repository;
  meeting: Meeting;
  /** The previous meeting, as decidePreviousMeeting decides it. */
  previous?: PreviousMeeting;
  members: boolean;
  pdfPapers: ReadonlyMap<string, PdfPaperInfo>;
  mattersArising: MattersArisingRow[];
  notes: RenderNote[];
}

/** One section per paper of every item, in agenda order; a paper the public view withheld becomes its notice. */
export function buildPaperSections(input: PaperSectionsInput): SectionView[] {
  const sections: SectionView[] = [];
  for (const item of walkItems(input.meeting.items)) {
    let first = true;
    for (const paper of listPapers(item)) {
      const built = buildSection(item, paper, input);
      if (!built) continue;
      const section = { ...built, id: `sec-${sections.length}` };
      if (first) section.heading = `Agenda Item ${item.number}`;
      first = false;
      if (printsExemptBusiness(paper, input)) section.notForPublication = true;
      sections.push(section);
    }
  }
  return sections;
}

/**
 * Whether a paper sbp writes prints exempt business the view kept (the members' view): the previous
 * minutes with an exempt minute, or a Matters Arising row of one. Its pages are then stamped.
 */
function printsExemptBusiness(paper: PaperRef, input: PaperSectionsInput): boolean {
  if (paper.type !== 'generated') return false;
  if (paper.generate === 'matters-arising') return input.mattersArising.some((row) => row.exempt && !row.withheld);
  const minutes = input.previous?.minutes;
  const printed = minutes?.type === 'meeting' ? minutes.meeting.items : [];
  return [...walkItems(printed)].some((item) => item.exempt && !item.withheld);
}

/** The papers of an item, with the generated paper its kind implies when none is listed. */
export function listPapers(item: Item): PaperRef[] {
  if (item.papers.length > 0) return item.papers;
  if (item.kind === 'previous-minutes' || item.kind === 'matters-arising') {
    return [{ type: 'generated', generate: item.kind, src: item.src }];
  }
  return [];
}

function buildSection(item: Item, paper: PaperRef, input: PaperSectionsInput): Omit<SectionView, 'id'> | undefined {
  if (paper.type === 'withheld') {
    // Only the public view holds withheld papers: the notice, then as many withheld pages as the members' copy has.
    const data = { text: describeExemption(paper.paragraph) };
    return { itemNumber: item.number, notForPublication: false, title: item.title, partial: 'exempt-notice', data };
  }
  // In the members' view a confidential paper is kept: every page of it is stamped.
  const base = { itemNumber: item.number, notForPublication: !isPaperPublic(item, paper, input.repository) };
  if (paper.type === 'generated' && paper.generate === 'previous-minutes') {
    // The previous meeting as the model decides it; with no minutes to carry the item prints without a paper
    // (`sbp check` says why): sbp's own explanations never stand in a public paper.
    const minutes = input.previous?.minutes;
    if (minutes?.type === 'pdf')
      return buildSection(item, { type: 'pdf', path: minutes.path, src: minutes.src }, input);
    if (minutes?.type !== 'meeting') return undefined;
    const view = buildMinutesView(input.repository, minutes.meeting, {
      notes: input.notes,
      level: 3,
    });
    return { ...base, title: view.title, partial: 'minutes-body', data: view, file: minutes.meeting.file };
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
    images: input.repository.images.status,
  });
  const front = parsed.frontMatter;
  return {
    ...base,
    title: paper.title ?? front.title,
    partial: `paper-${front.template}`,
    file: paper.path,
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
