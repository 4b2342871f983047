import { PDFDocument } from 'pdf-lib';
import { buildPackView, layOutPack } from '../render/build-pack-view.js';
import type { PaperSectionsInput } from '../render/build-paper-sections.js';
import { computePackLayout, measureSectionLengths, type PackPlan } from '../render/compute-pack-layout.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import type { Deadlines } from '../model/compute-deadlines.js';
import { assemblePdf, type PdfMetadata } from '../write/assemble-pdf.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { printDocument, printStamp, type PrintContext } from './print-context.js';

/** A built document: the final PDF, the HTML it was printed from, and its page count. */
export interface BuiltDocument {
  pdf: Uint8Array;
  html: string;
  pages: number;
}

// Wider than any real range, so that the agenda does not grow when the real numbers go in.
const PLACEHOLDER = { from: 8888, to: 8888 };
const MAX_PASSES = 4;

/** Build an agenda pack: print, read where each paper starts, lay out with blank pages and page ranges, print again, merge PDF papers. */
export async function buildPackPdf(
  context: PrintContext,
  input: PaperSectionsInput & { deadlines: Deadlines },
  pdfDocs: ReadonlyMap<string, PDFDocument>,
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const view = buildPackView(input);
  const footer = { text: '' };
  const render = (layout: PackLayout) => context.renderer.render('pack', layOutPack(view, layout));
  const placeholder: PackLayout = { pages: new Map(view.sections.map((s) => [s.itemNumber, PLACEHOLDER])), blankBefore: new Set() };
  const first = await printDocument(context, render(placeholder), input.meeting.id, footer, view.sections.length > 0);
  const measured = await readNamedDestinations(first.pdf);
  const starts = view.sections.map((s) => measured.pages.get(s.id) ?? NaN);
  if (starts.some(Number.isNaN)) throw new Error('a paper section left no page mark in the printed pack');
  const lengths = measureSectionLengths(starts, measured.pageCount);
  let frontPages = view.sections.length > 0 ? starts[0] - 1 : measured.pageCount;
  let plan = computePackLayout(view.sections, frontPages, lengths);
  let html = view.sections.length > 0 ? render(plan.layout) : render(placeholder);
  let printed = view.sections.length > 0 ? await loadPdf((await printDocument(context, html, input.meeting.id, footer)).pdf) : await loadPdf(first.pdf);
  // The agenda's length may change once real page numbers replace the placeholders: re-measure until stable.
  for (let pass = 0; pass < MAX_PASSES && view.sections.length > 0; pass++) {
    const check = await readNamedDestinations(printed);
    if (plan.spans.every((span, i) => check.pages.get(view.sections[i].id) === span.from)) break;
    const shift = (check.pages.get(view.sections[0].id) ?? NaN) - plan.spans[0].from;
    frontPages += Number.isNaN(shift) ? 0 : shift;
    plan = computePackLayout(view.sections, frontPages, lengths);
    html = render(plan.layout);
    printed = await loadPdf((await printDocument(context, html, input.meeting.id, footer)).pdf);
  }
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
