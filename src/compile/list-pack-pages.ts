import { layOutPack } from '../render/build-pack-view.js';
import type { PackLayout, PackView } from '../render/pack-view-types.js';
import type { PageSource } from '../write/assemble-pdf.js';
import type { PackMeasure } from './measure-pack.js';

/** A page of the pack: where it comes from; a page sbp adds is blank, with its note when not the usual one. */
export type PackPage = PageSource & { blank?: boolean; note?: string };

/**
 * The pages of the pack in order: the front, then the sections as the layout lays them out, the blank and
 * withheld pages it adds included (so the pages are those of the HTML), each section's pages from the draft.
 */
export function listPages(view: PackView, layout: PackLayout, frontPages: number, own: PackMeasure): PackPage[] {
  const front = view.sections.length > 0 ? 1 : 0;
  const pages: PackPage[] = range(1, frontPages).map((page) => ({ part: front, page }));
  let i = 0;
  for (const section of layOutPack(view, layout).sections) {
    if (section.blank) pages.push({ size: own.sizes[0], blank: true, note: section.blankText });
    else {
      for (let k = 0; k < own.lengths[i]; k++) pages.push({ part: 0, page: own.starts[i] + k });
      i++;
    }
  }
  return pages;
}

/** The whole numbers from `from` to `to`, both included (none when `to` is below `from`). */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
