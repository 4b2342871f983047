/** Candidates closest to `word` by edit distance (case-insensitive), best first, within a sensible distance. */
export function suggestNearest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const target = word.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const distance = measureEditDistance(target, candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function measureEditDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** " (did you mean "x"?)" or "" when there is nothing close. */
export function formatDidYouMean(word: string, candidates: Iterable<string>): string {
  const [best, ...rest] = suggestNearest(word, candidates);
  if (!best) return '';
  return rest.length
    ? ` (did you mean "${best}", or ${rest.map((r) => `"${r}"`).join(', ')}?)`
    : ` (did you mean "${best}"?)`;
}
