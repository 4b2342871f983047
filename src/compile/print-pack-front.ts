import { PdfFile } from '../pdf/read-pdf.js';
import { computePackLayout, type PackPlan } from '../render/compute-pack-layout.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import { type PrintContext, printDocument } from './print-context.js';

const MAX_PASSES = 4;

/**
 * Lay out the pack from the first print and print the front (front sheet and agenda) with the real page
 * ranges, again if the agenda's length changed with them. No front print when the pack has no papers.
 */
export async function printPackFront(
  context: PrintContext,
  view: PackView,
  render: (layout: PackLayout, sections?: boolean) => string,
  name: string,
  { starts, lengths, pageCount }: { starts: readonly number[]; lengths: readonly number[]; pageCount: number },
): Promise<{ plan: PackPlan; frontPages: number; front?: PdfFile }> {
  let frontPages = view.sections.length > 0 ? starts[0] - 1 : pageCount;
  let plan = computePackLayout(view.sections, frontPages, lengths);
  if (view.sections.length === 0) return { plan, frontPages };
  for (let pass = 0; ; pass++) {
    const front = new PdfFile((await printDocument(context, render(plan.layout, false), `${name}-front`)).pdf);
    const count = front.pages().length;
    if (count === frontPages) return { plan, frontPages, front };
    // The agenda's length changed once real page numbers replaced the placeholders: lay out again.
    if (pass >= MAX_PASSES) throw new Error('the page ranges did not settle after several prints');
    frontPages = count;
    plan = computePackLayout(view.sections, frontPages, lengths);
  }
}
