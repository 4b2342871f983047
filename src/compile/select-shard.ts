import type { DocumentPlan } from './plan-documents.js';

/** One part of a rebuild split over several jobs: part `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** "2/4" as a shard, or why it is not one. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard ${text}: expected i/n, e.g. 1/4 (the first of four parts)`;
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1 || index < 1 || index > count)
    return `--shard ${text}: the part must be from 1 to the number of parts, e.g. 1/${Math.max(1, count)}`;
  return { index, count };
}

/**
 * The documents of one shard: every document, ordered by its file name (not by anything that varies from
 * run to run), dealt in turn to the shards like cards, so the shards differ by at most one document and
 * together build each document exactly once.
 */
export function selectShard(plans: readonly DocumentPlan[], shard: Shard | undefined): DocumentPlan[] {
  if (!shard || shard.count === 1) return [...plans];
  const ordered = [...plans].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const chosen = new Set(ordered.filter((_, k) => k % shard.count === shard.index - 1));
  // Keep the run's own order (by meeting), so that a meeting's documents are still built together.
  return plans.filter((p) => chosen.has(p));
}
