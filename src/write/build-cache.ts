import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** Content hash of each document's sources at its last successful build, by output file name. */
export type BuildCache = Record<string, string>;

const CACHE_FILE = '.sbp-build.json';

/** Page measurements of packs, by hash of the draft HTML they were measured from. */
export type MeasureCache = Map<string, { starts: number[]; pageCount: number }>;

/** Read the build cache of an output folder (empty when missing or unreadable). */
export function readBuildCache(outDir: string): { documents: BuildCache; measures: MeasureCache } {
  try {
    const parsed = JSON.parse(readFileSync(path.join(outDir, CACHE_FILE), 'utf8')) as {
      documents?: BuildCache;
      measures?: Record<string, { starts: number[]; pageCount: number }>;
    };
    const documents = parsed.documents && typeof parsed.documents === 'object' ? parsed.documents : {};
    const measures = new Map(
      Object.entries(parsed.measures ?? {}).filter(
        ([, m]) => Array.isArray(m?.starts) && m.starts.every(Number.isInteger) && Number.isInteger(m.pageCount),
      ),
    );
    return { documents, measures };
  } catch {
    return { documents: {}, measures: new Map() };
  }
}

/** Write the build cache atomically, keys sorted so that the file itself is reproducible. */
export function writeBuildCache(outDir: string, cache: BuildCache, measures: MeasureCache = new Map()): void {
  const sorted = <T>(entries: [string, T][]) => Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  // Keep the newest measures only: one per pack built recently is all a rebuild can use.
  const recent = [...measures].slice(-MAX_MEASURES);
  writeFileAtomic(
    path.join(outDir, CACHE_FILE),
    `${JSON.stringify({ documents: sorted(Object.entries(cache)), measures: sorted(recent) }, null, 2)}\n`,
  );
}

const MAX_MEASURES = 500;

/** SHA-256 over the contents of files (a missing file counts as such) and some extra text. */
export function hashFiles(files: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(extra);
  for (const file of [...new Set(files)].sort()) {
    hash.update(`\0${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : Buffer.from('(missing)'));
  }
  return hash.digest('hex');
}
