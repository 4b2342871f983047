import { PdfFile } from '../pdf/read-pdf.js';
import { measureSectionLengths } from '../render/compute-pack-layout.js';
import type { PackView } from '../render/pack-view-types.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import { type PrintContext, printDocument } from './print-context.js';

/** A pack printed whole with placeholder page ranges and no blank pages, and what that print measures. */
export interface PackMeasure {
  /** The print: its sections' pages are the pack's (each section starts a page). */
  whole: PdfFile;
  /** Pages of the front sheet and agenda (all of them when the pack has no papers). */
  front: number;
  /** The page each section starts on, and how many pages it takes. */
  starts: number[];
  lengths: number[];
  /** Each page's size, [width, height] in points. */
  sizes: [number, number][];
}

/** Print a pack's draft (`html`: placeholder ranges, no blank pages) and measure where each section starts. */
export async function measurePack(
  context: PrintContext,
  view: PackView,
  html: string,
  name: string,
): Promise<PackMeasure> {
  const whole = new PdfFile((await printDocument(context, html, name)).pdf);
  const printed = readNamedDestinations(whole);
  const starts = view.sections.map((s) => printed.pages.get(s.id) ?? Number.NaN);
  if (starts.some(Number.isNaN)) throw new Error('a paper section left no page mark in the printed pack');
  return {
    whole,
    front: starts.length > 0 ? starts[0] - 1 : printed.pageCount,
    starts,
    lengths: measureSectionLengths(starts, printed.pageCount),
    sizes: printed.sizes,
  };
}
