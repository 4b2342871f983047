import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { ensureDirectory } from './ensure-directory.js';
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
export async function writeSiteFiles(
  outDir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<SiteWriteResult> {
  const root = path.resolve(outDir);
  const previous = readManifest(root);
  const next: Record<string, string> = {};
  const result: SiteWriteResult = { written: [], removed: [], unchanged: 0 };
  const changed: [string, string | Uint8Array][] = [];
  for (const [rel, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const hash = createHash('sha256').update(data).digest('hex');
    next[rel] = hash;
    if (previous[rel] === hash && isFile(resolveInside(root, rel))) result.unchanged++;
    else changed.push([rel, data]);
  }
  // Each file is whole or absent (a synced temporary file renamed over it); the syncs run side by side,
  // which the file system commits together, instead of one disk flush per file.
  for (let i = 0; i < changed.length; i += PARALLEL) {
    await Promise.all(changed.slice(i, i + PARALLEL).map(([rel, data]) => writeWhole(resolveInside(root, rel), data)));
  }
  result.written = changed.map(([rel]) => rel);
  for (const rel of Object.keys(previous)) {
    if (rel in next) continue;
    rmSync(resolveInside(root, rel), { force: true });
    result.removed.push(rel);
  }
  if (result.written.length > 0 || result.removed.length > 0 || !isFile(path.join(root, SITE_MANIFEST)))
    writeFileAtomic(path.join(root, SITE_MANIFEST), `${JSON.stringify({ version: 1, files: next }, null, 1)}\n`);
  return result;
}

const PARALLEL = 64;

async function writeWhole(target: string, data: string | Uint8Array): Promise<void> {
  const problem = ensureDirectory(path.dirname(target));
  if (problem) throw new Error(problem);
  const temp = `${target}.tmp-${process.pid}`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
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
