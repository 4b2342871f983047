import { PDFDocument } from 'pdf-lib';
import type { Deadlines } from '../model/compute-deadlines.js';
import { buildPackView, layOutPack } from '../render/build-pack-view.js';
import type { PaperSectionsInput } from '../render/build-paper-sections.js';
import { computePackLayout, type PackPlan } from '../render/compute-pack-layout.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import { assemblePdf, type PdfMetadata } from '../write/assemble-pdf.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { printNamingSlowPapers } from './find-slow-papers.js';
import { hashOf, measureAll } from './measure-pack.js';
import { type PrintContext, printDocument, printStamp } from './print-context.js';

/** A built document: the final PDF, the HTML it was printed from, and its page count. */
export interface BuiltDocument {
  pdf: Uint8Array;
  html: string;
  pages: number;
}

/** What a pack is built from: one audience's view of the meeting, and its deadlines. */
export type PackInput = PaperSectionsInput & { deadlines: Deadlines };

// Wider than any real range, so that the agenda does not grow when the real numbers go in.
const PLACEHOLDER = { from: 8888, to: 8888 };
const MAX_PASSES = 4;

/**
 * Build an agenda pack: measure where each paper starts (a draft print, or the measure cached from an
 * earlier build of the same HTML), lay out blank pages and page ranges, print, check every section
 * landed where planned (re-measuring if not), and merge the PDF papers. When the other audience's pack
 * (`counterpart`: the members' for a public pack, and the other way round) holds anything this one does
 * not, both are measured and every section is laid out at the length of the longer of the two, so that
 * both packs give every paper the same pages: "(Pages X - Y)" means the same in either.
 */
export async function buildPackPdf(
  context: PrintContext,
  input: PackInput,
  counterpart: PackInput,
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const built = buildPackView(input);
  const other = buildPackView(counterpart);
  // A meeting with nothing confidential gives the same pack to both: one measure is enough, and no banner.
  const parity = !sameContent(built, other);
  const view = parity ? built : { ...built, membersNotice: undefined };
  return printNamingSlowPapers(context, view, () =>
    printPack(context, { view, other, parity }, input, pdfDocs, metadata),
  );
}

/** Print `view`, laid out alike with `other` when `parity` says the two audiences' packs differ. */
async function printPack(
  context: PrintContext,
  { view, other, parity }: { view: PackView; other: PackView; parity: boolean },
  input: PackInput,
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const footer = { text: '' };
  const render = (v: PackView, layout: PackLayout) => context.renderer.render('pack', layOutPack(v, layout));
  const placeholder: PackLayout = {
    pages: new Map(view.sections.map((s) => [s.itemNumber, PLACEHOLDER])),
    blankBefore: new Set(),
  };
  const draftHtml = render(view, placeholder);
  if (view.sections.length === 0) {
    const printed = await loadPdf((await printDocument(context, draftHtml, input.meeting.id, footer)).pdf);
    return finish(context, view, { layout: placeholder, spans: [] }, printed, draftHtml, pdfDocs, metadata);
  }
  const drafts = parity ? [draftHtml, render(other, placeholder)] : [draftHtml];
  // The draft print only measures lengths: the same HTML always measures the same, so a cached measure saves a print.
  let fresh = drafts.every((html) => !context.measures?.has(hashOf(html)));
  let [own, theirs = own] = await measureAll(context, input.meeting.id, view, drafts, false);
  let frontPages = Math.max(own.front, theirs.front);
  let frontPad = frontPages - own.front;
  for (let pass = 0; ; pass++) {
    const lengths = own.sections.map((n, i) => Math.max(n, theirs.sections[i] ?? 0));
    const plan = computePackLayout(view.sections, frontPages, lengths);
    plan.layout.frontPad = frontPad;
    plan.layout.padAfter = new Map(lengths.map((n, i) => [i, n - own.sections[i]]));
    const html = render(view, plan.layout);
    const printed = await loadPdf((await printDocument(context, html, input.meeting.id, footer)).pdf);
    const check = await readNamedDestinations(printed);
    const landed =
      plan.spans.every((span, i) => check.pages.get(view.sections[i].id) === span.from) &&
      check.pageCount === plan.spans[plan.spans.length - 1].to;
    if (landed) return finish(context, view, plan, printed, html, pdfDocs, metadata);
    if (!fresh) {
      // A cached measure that no longer fits (an image changed size, fonts differ): measure again.
      [own, theirs = own] = await measureAll(context, input.meeting.id, view, drafts, true);
      frontPages = Math.max(own.front, theirs.front);
      frontPad = frontPages - own.front;
      fresh = true;
      continue;
    }
    // The agenda's length may change once real page numbers replace the placeholders: shift and print again.
    if (pass >= MAX_PASSES) throw new Error('the page ranges did not settle after several prints');
    const shift = (check.pages.get(view.sections[0].id) ?? NaN) - plan.spans[0].from;
    if (Number.isNaN(shift)) continue;
    // With a counterpart, the first paper stays where both packs put it: blank pages after the agenda absorb the change.
    if (parity && frontPad - shift >= 0) frontPad -= shift;
    else {
      frontPages += shift - (parity ? frontPad : 0);
      if (parity) frontPad = 0;
    }
  }
}

/** Whether two audiences' packs hold the same agenda and papers (the title and banner aside). */
function sameContent(a: PackView, b: PackView): boolean {
  // selectAudience withholds a paper by replacing it, never by dropping it: the sections pair up one to one.
  if (a.sections.length !== b.sections.length) throw new Error('the public and members’ packs have different papers');
  return JSON.stringify([a.agenda, a.sections]) === JSON.stringify([b.agenda, b.sections]);
}

async function finish(
  context: PrintContext,
  view: PackView,
  plan: PackPlan,
  printed: PDFDocument,
  html: string,
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const { pdf, pageCount } = await assemblePdf(printed, {
    placements: placementsOf(view, plan, pdfDocs),
    stampPages: stampPagesOf(view, plan),
    stamp: view.sections.some((s) => s.notForPublication) ? await printStamp(context) : undefined,
    metadata: { ...metadata, title: view.title },
  });
  return { pdf, html, pages: pageCount };
}

function placementsOf(view: PackView, plan: PackPlan, pdfDocs: ReadonlyMap<string, PDFDocument>) {
  return view.sections.flatMap((s, i) => {
    const paper = s.pdf && pdfDocs.get(s.pdf.path);
    return paper ? [{ firstPage: plan.spans[i].from, paper }] : [];
  });
}

function stampPagesOf(view: PackView, plan: PackPlan): number[] {
  return view.sections.flatMap((s, i) => (s.notForPublication ? range(plan.spans[i].from, plan.spans[i].to) : []));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}
