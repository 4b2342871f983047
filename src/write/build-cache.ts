import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** Content hash of each document's sources at its last successful build, by output file name. */
export type BuildCache = Record<string, string>;

const CACHE_FILE = '.sbp-build.json';

/** Read the build cache of an output folder (empty when missing or unreadable). */
export function readBuildCache(outDir: string): BuildCache {
  try {
    const parsed = JSON.parse(readFileSync(path.join(outDir, CACHE_FILE), 'utf8')) as { documents?: BuildCache };
    return parsed.documents && typeof parsed.documents === 'object' ? parsed.documents : {};
  } catch {
    return {};
  }
}

/** Write the build cache atomically, keys sorted so that the file itself is reproducible. */
export function writeBuildCache(outDir: string, cache: BuildCache): void {
  const sorted = Object.fromEntries(Object.entries(cache).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileAtomic(path.join(outDir, CACHE_FILE), `${JSON.stringify({ documents: sorted }, null, 2)}\n`);
}

/** SHA-256 over the contents of files (a missing file counts as such) and some extra text. */
export function hashFiles(files: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(extra);
  for (const file of [...new Set(files)].sort()) {
    hash.update(`\0${file}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : Buffer.from('(missing)'));
  }
  return hash.digest('hex');
}
