import { describe, expect, it } from 'vitest';
import { computePackLayout, measureSectionLengths } from '../../src/render/compute-pack-layout.js';
import type { SectionView } from '../../src/render/pack-view-types.js';

const section = (itemNumber: string, id: string): SectionView => ({
  id,
  itemNumber,
  title: '',
  partial: 'notice',
  data: {},
  notForPublication: false,
});

describe('computePackLayout', () => {
  it('starts every paper on an odd page, with a blank page before those that would not', () => {
    const sections = [section('2', 'sec-0'), section('3', 'sec-1'), section('7a', 'sec-2'), section('7a', 'sec-3')];
    // Front sheet and agenda: 3 pages; papers of 12, 2, 1 and 3 pages.
    const plan = computePackLayout(sections, 3, [12, 2, 1, 3]);
    expect(plan.spans).toEqual([
      { from: 5, to: 16 },
      { from: 17, to: 18 },
      { from: 19, to: 19 },
      { from: 21, to: 23 },
    ]);
    expect([...plan.layout.blankBefore]).toEqual([0, 3]);
    expect(Object.fromEntries(plan.layout.pages)).toEqual({
      '2': { from: 5, to: 16 },
      '3': { from: 17, to: 18 },
      '7a': { from: 19, to: 23 },
    });
  });

  it('measures section lengths from their start pages', () => {
    expect(measureSectionLengths([3, 15, 17], 20)).toEqual([12, 2, 4]);
  });
});
