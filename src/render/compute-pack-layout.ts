import type { PackLayout, SectionView } from './pack-view-types.js';

/** Where each section of a laid-out pack starts and ends. */
export interface PackPlan {
  layout: PackLayout;
  /** First and last page of each section, by section index (before blanks are inserted). */
  spans: { from: number; to: number }[];
}

/**
 * Lay out the pack from a measurement: the front sheet and agenda take `frontPages` pages, and
 * section i takes `lengths[i]` pages. Each section starts on a right-hand (odd) page, a blank page
 * filling the gap; each item's range runs from its first section's start to its last section's end.
 */
export function computePackLayout(
  sections: readonly SectionView[],
  frontPages: number,
  lengths: readonly number[],
): PackPlan {
  const blankBefore = new Set<number>();
  const spans: { from: number; to: number }[] = [];
  let next = frontPages + 1;
  sections.forEach((_, i) => {
    if (next % 2 === 0) {
      blankBefore.add(i);
      next++;
    }
    spans.push({ from: next, to: next + lengths[i] - 1 });
    next += lengths[i];
  });
  const pages = new Map<string, { from: number; to: number }>();
  sections.forEach((section, i) => {
    const known = pages.get(section.itemNumber);
    pages.set(section.itemNumber, { from: known?.from ?? spans[i].from, to: spans[i].to });
  });
  return { layout: { pages, blankBefore }, spans };
}

/** Section lengths from the start page of each section in a print without blanks, and its page count. */
export function measureSectionLengths(starts: readonly number[], pageCount: number): number[] {
  return starts.map((start, i) => (i + 1 < starts.length ? starts[i + 1] : pageCount + 1) - start);
}
