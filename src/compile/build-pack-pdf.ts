import type { ExpectedBookmark } from '../audit/check-outline.js';
import type { Deadlines } from '../model/compute-deadlines.js';
import { buildPackView, layOutPack } from '../render/build-pack-view.js';
import type { PaperSectionsInput } from '../render/build-paper-sections.js';
import type { PackPlan } from '../render/compute-pack-layout.js';
import type { AgendaItemView, PackLayout, PackView } from '../render/pack-view-types.js';
import { assemblePdf, type BookmarkEntry, type PdfMetadata } from '../write/assemble-pdf.js';
import { preparePages } from '../write/mark-page-content.js';
import { printNamingSlowPapers } from './find-slow-papers.js';
import { listPages, range } from './list-pack-pages.js';
import { measurePack } from './measure-pack.js';
import { type PrintContext, printPagination } from './print-context.js';
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

/** What a pack is built from: one audience's view of the meeting, and its deadlines. */
export type PackInput = PaperSectionsInput & { deadlines: Deadlines };

// Four-digit pages, so the agenda rarely grows when the real numbers go in; a range ("(Pages 11 - 17)") prints
// wider than "(Page 8888)", and a front that grows with it is laid out again by printPackFront.
const PLACEHOLDER = { from: 8888, to: 8888 };

/**
 * Build an agenda pack from two tagged prints and a pagination print. The whole pack is printed once with
 * placeholder page ranges and no blank pages: each paper section starts a page, so that print says where
 * every section starts and how long it is. The front (front sheet and agenda) is then printed again with the
 * real ranges, and the pack assembled: the new front, each section's pages (after a blank page where it would
 * start on a left-hand page), the PDF papers drawn in, and the pagination (footers, stamps, blank-page notes).
 * When the other audience's pack (`counterpart`: the members' for a public pack, and the other way round)
 * holds anything this one does not, its draft is printed too and every section takes the pages of the longer
 * of the two (the pages added say they are withheld, in the public pack), so that "(Pages X - Y)" means the
 * same in either pack.
 */
export async function buildPackPdf(
  context: PrintContext,
  input: PackInput,
  counterpart: PackInput,
  pdfPapers: ReadonlyMap<string, Uint8Array>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const built = buildPackView(input);
  const other = buildPackView(counterpart);
  // A meeting with nothing confidential gives the same pack to both: one measure is enough, and no banner.
  const parity = !sameContent(built, other);
  const view = parity ? built : { ...built, membersNotice: undefined };
  return printNamingSlowPapers(context, view, () =>
    printPack(context, { view, other, parity }, input, pdfPapers, metadata),
  );
}

/** Print `view`, laid out alike with `other` when `parity` says the two audiences' packs differ. */
async function printPack(
  context: PrintContext,
  { view, other, parity }: { view: PackView; other: PackView; parity: boolean },
  input: PackInput,
  pdfPapers: ReadonlyMap<string, Uint8Array>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const name = input.meeting.id;
  const render = (v: PackView, layout: PackLayout, sections = true) =>
    context.renderer.render('pack', {
      ...layOutPack(v, layout),
      ...(sections ? {} : { sections: [], linkTargets: v.sections.map((s) => s.id) }),
    });
  const draft = (v: PackView) =>
    render(v, { pages: new Map(v.sections.map((s) => [s.itemNumber, PLACEHOLDER])), blankBefore: new Set() });
  const own = await measurePack(context, view, draft(view), name);
  // The other pack's draft is only measured (the print cache hands it to that pack when it is built).
  const theirs = parity ? await measurePack(context, other, draft(other), `${name}-counterpart`) : own;
  const lengths = own.lengths.map((n, i) => Math.max(n, theirs.lengths[i] ?? 0));
  const stamped = (plan: PackPlan) =>
    new Set(view.sections.flatMap((s, i) => (s.notForPublication ? range(plan.spans[i].from, plan.spans[i].to) : [])));
  // Chromium prints the front and the pagination while sbp marks the artifacts of the first print.
  const frontPages = Math.max(own.front, theirs.front);
  const printing = printPackFront(context, view, (l) => render(view, l, false), name, {
    frontPages,
    lengths,
    padded: parity,
  }).then(async (laid) => {
    laid.plan.layout.frontPad = laid.frontPad;
    laid.plan.layout.padAfter = new Map(lengths.map((n, i) => [i, n - own.lengths[i]]));
    const pages = listPages(view, laid.plan.layout, laid.frontPages - laid.frontPad, own);
    const sizes = pages.map((p) => ('part' in p ? (p.part === 0 ? own.sizes[p.page - 1] : own.sizes[0]) : p.size));
    const marks = stamped(laid.plan);
    const sheets = pages.map((p, k) => ({
      landscape: sizes[k][0] > sizes[k][1],
      blank: p.blank === true,
      note: p.note,
      stamp: marks.has(k + 1),
    }));
    return { ...laid, pages, pagination: await printPagination(context, sheets, { text: '' }, view.title) };
  });
  printing.catch(() => undefined);
  await preparePages(own.whole);
  const { plan, front, pages, pagination } = await printing;
  context.printed?.();
  const papers = view.sections.flatMap((s, i) => {
    const pdf = s.pdf && pdfPapers.get(s.pdf.path);
    return pdf && s.pdf ? [{ pdf, firstPage: plan.spans[i].from, title: s.title, path: s.pdf.path }] : [];
  });
  const bookmarks = view.agenda.map((item) => bookmarkOf(item));
  const assembled = assemblePdf({
    parts: front ? [own.whole, front] : [own.whole],
    pages,
    pagination,
    papers,
    bookmarks,
    linkLabels: labelLinks(view),
    metadata: { ...metadata, title: view.title },
  });
  return {
    pdf: assembled.pdf,
    html: render(view, plan.layout),
    pages: assembled.pageCount,
    paperWarnings: assembled.warnings.map((w) => ({ path: papers[w.paper].path, message: w.message })),
    bookmarks,
  };
}

/** Whether two audiences' packs hold the same agenda and papers (the title and banner aside). */
function sameContent(a: PackView, b: PackView): boolean {
  // selectAudience withholds a paper by replacing it, never by dropping it: the sections pair up one to one.
  if (a.sections.length !== b.sections.length) throw new Error('the public and members’ packs have different papers');
  return JSON.stringify([a.agenda, a.sections]) === JSON.stringify([b.agenda, b.sections]);
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
