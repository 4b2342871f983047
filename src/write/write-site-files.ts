import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './write-file-atomic.js';

/** The manifest of a site folder: the content hash of every file sbp wrote there. */
export const SITE_MANIFEST = '.sbp-site.json';

/** What a site write did: files rewritten (their bytes changed or they were missing), files removed, files left as they were. */
export interface SiteWriteResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Write a site incrementally: only files whose content hash differs from the manifest's (or that are
 * missing) are written, each atomically; files of the previous manifest no longer produced are removed
 * (never any other file); the manifest is written last, keys sorted.
 */
export function writeSiteFiles(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): SiteWriteResult {
  const root = path.resolve(outDir);
  const previous = readManifest(root);
  const next: Record<string, string> = {};
  const result: SiteWriteResult = { written: [], removed: [], unchanged: 0 };
  for (const [rel, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = resolveInside(root, rel);
    const hash = createHash('sha256').update(data).digest('hex');
    next[rel] = hash;
    if (previous[rel] === hash && isFile(target)) {
      result.unchanged++;
      continue;
    }
    writeFileAtomic(target, data);
    result.written.push(rel);
  }
  for (const rel of Object.keys(previous)) {
    if (rel in next) continue;
    rmSync(resolveInside(root, rel), { force: true });
    result.removed.push(rel);
  }
  if (result.written.length > 0 || result.removed.length > 0 || !isFile(path.join(root, SITE_MANIFEST)))
    writeFileAtomic(path.join(root, SITE_MANIFEST), `${JSON.stringify({ version: 1, files: next }, null, 1)}\n`);
  return result;
}

function readManifest(root: string): Record<string, string> {
  try {
    const parsed = JSON.parse(readFileSync(path.join(root, SITE_MANIFEST), 'utf8')) as {
      files?: Record<string, string>;
    };
    return parsed.files && typeof parsed.files === 'object' ? parsed.files : {};
  } catch {
    return {};
  }
}

function resolveInside(root: string, rel: string): string {
  const target = path.resolve(root, rel);
  if (!target.startsWith(`${root}${path.sep}`)) throw new Error(`${rel} would be written outside ${root}`);
  return target;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
