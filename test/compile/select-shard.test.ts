import { describe, expect, it } from 'vitest';
import type { DocumentPlan } from '../../src/compile/plan-documents.js';
import { parseShard, selectShard } from '../../src/compile/select-shard.js';

const plans = Array.from(
  { length: 23 },
  (_, k) => ({ fileName: `body-${k % 3}-2024-${String(k + 1).padStart(2, '0')}-agenda.pdf` }) as DocumentPlan,
);

describe('--shard i/n', () => {
  it('reads i/n and refuses anything else with the form to use', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('0/4')).toMatch(/from 1 to the number of parts/);
    expect(parseShard('5/4')).toMatch(/from 1 to the number of parts/);
    expect(parseShard('two')).toBe('--shard two: expected i/n, e.g. 1/4 (the first of four parts)');
  });

  it('splits the documents into shards that build each one exactly once, differing in size by at most one', () => {
    for (const count of [1, 2, 3, 4, 7, 30]) {
      const shards = Array.from({ length: count }, (_, i) => selectShard(plans, { index: i + 1, count }));
      const names = shards.flat().map((p) => p.fileName);
      expect(names.sort()).toEqual(plans.map((p) => p.fileName).sort());
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same shard whatever order the documents come in (stable from run to run)', () => {
    const reversed = [...plans].reverse();
    for (let i = 1; i <= 4; i++) {
      const names = (list: DocumentPlan[]) =>
        selectShard(list, { index: i, count: 4 })
          .map((p) => p.fileName)
          .sort();
      expect(names(reversed)).toEqual(names(plans));
    }
  });
});
