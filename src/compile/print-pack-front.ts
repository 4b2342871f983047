import { PdfFile } from '../pdf/read-pdf.js';
import { computePackLayout, type PackPlan } from '../render/compute-pack-layout.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import { type PrintContext, printDocument } from './print-context.js';

const MAX_PASSES = 4;

/**
 * Lay out the pack with the front taking `frontPages` pages and each section `lengths`, and print the front
 * (front sheet and agenda) with the real page ranges, again if the agenda's length changed with them. When
 * `padded` (the pack shares its page numbers with the other audience's), a front that came out shorter is
 * padded with blank pages (`frontPad`) instead. No front print when the pack has no papers.
 */
export async function printPackFront(
  context: PrintContext,
  view: PackView,
  render: (layout: PackLayout) => string,
  name: string,
  options: { frontPages: number; lengths: readonly number[]; padded: boolean },
): Promise<{ plan: PackPlan; frontPages: number; frontPad: number; front?: PdfFile }> {
  let frontPages = options.frontPages;
  let plan = computePackLayout(view.sections, frontPages, options.lengths);
  if (view.sections.length === 0) return { plan, frontPages, frontPad: 0 };
  for (let pass = 0; ; pass++) {
    const front = new PdfFile((await printDocument(context, render(plan.layout), `${name}-front`)).pdf);
    const count = front.pages().length;
    if (count === frontPages || (options.padded && count < frontPages))
      return { plan, frontPages, frontPad: frontPages - count, front };
    // The agenda's length changed once real page numbers replaced the placeholders: lay out again.
    if (pass >= MAX_PASSES) throw new Error('the page ranges did not settle after several prints');
    frontPages = count;
    plan = computePackLayout(view.sections, frontPages, options.lengths);
  }
}
