import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import type { Deadlines } from '../model/compute-deadlines.js';
import { buildPackView, layOutPack } from '../render/build-pack-view.js';
import type { PaperSectionsInput } from '../render/build-paper-sections.js';
import { computePackLayout, measureSectionLengths, type PackPlan } from '../render/compute-pack-layout.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import { assemblePdf, type PdfMetadata } from '../write/assemble-pdf.js';
import { PrintTimeoutError } from '../write/print-pdf.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { DocumentTimeoutError, findSlowPapers } from './find-slow-papers.js';
import { type PackMeasure, type PrintContext, printDocument, printStamp } from './print-context.js';

/** A built document: the final PDF, the HTML it was printed from, and its page count. */
export interface BuiltDocument {
  pdf: Uint8Array;
  html: string;
  pages: number;
}

// Wider than any real range, so that the agenda does not grow when the real numbers go in.
const PLACEHOLDER = { from: 8888, to: 8888 };
const MAX_PASSES = 4;

/**
 * Build an agenda pack: measure where each paper starts (a draft print, or the measure cached from an
 * earlier build of the same HTML), lay out blank pages and page ranges, print, check every section
 * landed where planned (re-measuring if not), and merge the PDF papers.
 */
export async function buildPackPdf(
  context: PrintContext,
  input: PaperSectionsInput & { deadlines: Deadlines },
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const view = buildPackView(input);
  try {
    return await printPack(context, view, input, pdfDocs, metadata);
  } catch (error) {
    if (!(error instanceof PrintTimeoutError)) throw error;
    // Say which paper Chromium cannot print, rather than which meeting.
    const slow = await findSlowPapers(context, view, error.seconds * 1000);
    throw new DocumentTimeoutError(error.message, error.seconds, slow);
  }
}

async function printPack(
  context: PrintContext,
  view: PackView,
  input: PaperSectionsInput,
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const footer = { text: '' };
  const render = (layout: PackLayout) => context.renderer.render('pack', layOutPack(view, layout));
  const placeholder: PackLayout = {
    pages: new Map(view.sections.map((s) => [s.itemNumber, PLACEHOLDER])),
    blankBefore: new Set(),
  };
  const draftHtml = render(placeholder);
  if (view.sections.length === 0) {
    const printed = await loadPdf((await printDocument(context, draftHtml, input.meeting.id, footer)).pdf);
    return finish(context, view, { layout: placeholder, spans: [] }, printed, draftHtml, pdfDocs, metadata);
  }
  const measure = async (): Promise<PackMeasure> => {
    const measured = await readNamedDestinations(
      (await printDocument(context, draftHtml, input.meeting.id, footer, true)).pdf,
    );
    const starts = view.sections.map((s) => measured.pages.get(s.id) ?? NaN);
    if (starts.some(Number.isNaN)) throw new Error('a paper section left no page mark in the printed pack');
    return { starts, pageCount: measured.pageCount };
  };
  // The draft print only measures lengths: the same HTML always measures the same, so a cached measure saves a print.
  const key = createHash('sha256').update(draftHtml).digest('hex');
  let fresh = !context.measures?.has(key);
  let measured = context.measures?.get(key) ?? (await measure());
  context.measures?.set(key, measured);
  let lengths = measureSectionLengths(measured.starts, measured.pageCount);
  let frontPages = measured.starts[0] - 1;
  for (let pass = 0; ; pass++) {
    const plan = computePackLayout(view.sections, frontPages, lengths);
    const html = render(plan.layout);
    const printed = await loadPdf((await printDocument(context, html, input.meeting.id, footer)).pdf);
    const check = await readNamedDestinations(printed);
    const landed =
      plan.spans.every((span, i) => check.pages.get(view.sections[i].id) === span.from) &&
      check.pageCount === plan.spans[plan.spans.length - 1].to;
    if (landed) return finish(context, view, plan, printed, html, pdfDocs, metadata);
    if (!fresh) {
      // A cached measure that no longer fits (an image changed size, fonts differ): measure again.
      measured = await measure();
      context.measures?.set(key, measured);
      lengths = measureSectionLengths(measured.starts, measured.pageCount);
      frontPages = measured.starts[0] - 1;
      fresh = true;
      continue;
    }
    // The agenda's length may change once real page numbers replace the placeholders: shift and print again.
    if (pass >= MAX_PASSES) throw new Error('the page ranges did not settle after several prints');
    const shift = (check.pages.get(view.sections[0].id) ?? NaN) - plan.spans[0].from;
    frontPages += Number.isNaN(shift) ? 0 : shift;
  }
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
