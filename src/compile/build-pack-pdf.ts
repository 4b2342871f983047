import type { ExpectedBookmark } from '../audit/check-outline.js';
import type { Deadlines } from '../model/compute-deadlines.js';
import { PdfFile } from '../pdf/read-pdf.js';
import { buildPackView, layOutPack } from '../render/build-pack-view.js';
import type { PaperSectionsInput } from '../render/build-paper-sections.js';
import { measureSectionLengths, type PackPlan } from '../render/compute-pack-layout.js';
import type { AgendaItemView, PackLayout, PackView } from '../render/pack-view-types.js';
import { assemblePdf, type BookmarkEntry, type PageSource, type PdfMetadata } from '../write/assemble-pdf.js';
import { preparePages } from '../write/mark-page-content.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { type PrintContext, printDocument, printPagination } from './print-context.js';
import { printPackFront } from './print-pack-front.js';

/** A built document: the final PDF, the HTML it corresponds to, its page count, and warnings about its papers. */
export interface BuiltDocument {
  pdf: Uint8Array;
  html: string;
  pages: number;
  /** Why a PDF paper's tags were dropped, by its repository path. */
  paperWarnings: { path: string; message: string }[];
  /** The bookmarks written (titles, nested), for checking the PDF against them. */
  bookmarks: ExpectedBookmark[];
}

// Wider than any real range, so that the agenda does not grow when the real numbers go in.
const PLACEHOLDER = { from: 8888, to: 8888 };

/**
 * Build an agenda pack from two tagged prints and a pagination print. The whole pack is printed once with
 * placeholder page ranges and no blank pages: each paper section starts a page, so that print says where
 * every section starts and how long it is. The front (front sheet and agenda) is then printed again with the
 * real ranges, and the pack assembled: the new front, each section's pages (after a blank page where it would
 * start on a left-hand page), the PDF papers drawn in, and the pagination (footers, stamps, blank-page notes).
 */
export async function buildPackPdf(
  context: PrintContext,
  input: PaperSectionsInput & { deadlines: Deadlines },
  pdfPapers: ReadonlyMap<string, Uint8Array>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const view = buildPackView(input);
  const name = input.meeting.id;
  const render = (layout: PackLayout, sections = true) =>
    context.renderer.render('pack', {
      ...layOutPack(view, layout),
      ...(sections ? {} : { sections: [], linkTargets: view.sections.map((s) => s.id) }),
    });
  const placeholder: PackLayout = {
    pages: new Map(view.sections.map((s) => [s.itemNumber, PLACEHOLDER])),
    blankBefore: new Set(),
  };
  const whole = new PdfFile((await printDocument(context, render(placeholder), name)).pdf);
  const printed = readNamedDestinations(whole);
  const starts = view.sections.map((s) => printed.pages.get(s.id) ?? Number.NaN);
  if (starts.some(Number.isNaN)) throw new Error('a paper section left no page mark in the printed pack');
  const lengths = measureSectionLengths(starts, printed.pageCount);
  const stamped = (plan: PackPlan) =>
    new Set(view.sections.flatMap((s, i) => (s.notForPublication ? range(plan.spans[i].from, plan.spans[i].to) : [])));
  // Chromium prints the front and the pagination while sbp marks the artifacts of the first print.
  const printing = printPackFront(context, view, render, name, { starts, lengths, pageCount: printed.pageCount }).then(
    async (laid) => {
      const pages = listPages(view, laid.plan, laid.frontPages, starts, lengths, printed.sizes);
      const sizes = pages.map((p) =>
        'part' in p ? (p.part === 0 ? printed.sizes[p.page - 1] : printed.sizes[0]) : p.size,
      );
      const marks = stamped(laid.plan);
      const sheets = pages.map((p, k) => ({
        landscape: sizes[k][0] > sizes[k][1],
        blank: 'size' in p,
        stamp: marks.has(k + 1),
      }));
      return { ...laid, pages, pagination: await printPagination(context, sheets, { text: '' }, view.title) };
    },
  );
  printing.catch(() => undefined);
  await preparePages(whole);
  const { plan, front, pages, pagination } = await printing;
  const papers = view.sections.flatMap((s, i) => {
    const pdf = s.pdf && pdfPapers.get(s.pdf.path);
    return pdf && s.pdf ? [{ pdf, firstPage: plan.spans[i].from, title: s.title, path: s.pdf.path }] : [];
  });
  const bookmarks = view.agenda.map((item) => bookmarkOf(item));
  const assembled = assemblePdf({
    parts: front ? [whole, front] : [whole],
    pages,
    pagination,
    papers,
    bookmarks,
    linkLabels: labelLinks(view),
    metadata: { ...metadata, title: view.title },
  });
  return {
    pdf: assembled.pdf,
    html: render(plan.layout),
    pages: assembled.pageCount,
    paperWarnings: assembled.warnings.map((w) => ({ path: papers[w.paper].path, message: w.message })),
    bookmarks,
  };
}

/** The pages of the pack in order: the front, then each section's pages after its blank page if it has one. */
function listPages(
  view: PackView,
  plan: PackPlan,
  frontPages: number,
  starts: readonly number[],
  lengths: readonly number[],
  sizes: readonly [number, number][],
): PageSource[] {
  const front = view.sections.length > 0 ? 1 : 0;
  const pages: PageSource[] = range(1, frontPages).map((page) => ({ part: front, page }));
  view.sections.forEach((_, i) => {
    if (plan.layout.blankBefore.has(i)) pages.push({ size: sizes[0] });
    for (let k = 0; k < lengths[i]; k++) pages.push({ part: 0, page: starts[i] + k });
  });
  return pages;
}

/** The bookmark of an agenda item: its number and title as the agenda prints them, at its papers or its line. */
function bookmarkOf(item: AgendaItemView): BookmarkEntry {
  return {
    title: `${item.number} ${item.title.toUpperCase()}`,
    dest: item.anchor ?? `agenda-${item.number}`,
    children: item.items.map(bookmarkOf),
  };
}

function labelLinks(view: PackView): Map<string, string> {
  const labels = new Map<string, string>();
  for (const s of view.sections) if (!labels.has(s.id)) labels.set(s.id, `Agenda Item ${s.itemNumber}: ${s.title}`);
  return labels;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
