import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDirectory } from './ensure-directory.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** A folder of entries by key: each a JSON record and its binary data, written atomically, the oldest pruned. */
export interface CacheStore {
  get(key: string): { data: Buffer; meta: unknown } | undefined;
  put(key: string, data: Uint8Array, meta: unknown): void;
}

/**
 * sbp's cache folder: $SBP_CACHE_DIR (`off` turns caching off), else $XDG_CACHE_HOME/sbp, else ~/.cache/sbp.
 * Undefined when off.
 */
export function cacheRoot(env: NodeJS.ProcessEnv): string | undefined {
  if (env.SBP_CACHE_DIR === 'off') return undefined;
  return env.SBP_CACHE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'sbp');
}

/** A store in `dir` keeping at most `maxEntries`; undefined when the folder cannot be made. */
export function openCacheStore(dir: string, maxEntries: number): CacheStore | undefined {
  if (ensureDirectory(dir)) return undefined;
  return {
    get(key) {
      try {
        // The record is written last: a record means its data is whole.
        const meta = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as unknown;
        return { data: readFileSync(path.join(dir, `${key}.bin`)), meta };
      } catch {
        return undefined;
      }
    },
    put(key, data, meta) {
      try {
        writeFileAtomic(path.join(dir, `${key}.bin`), data);
        writeFileAtomic(path.join(dir, `${key}.json`), JSON.stringify(meta));
        prune(dir, maxEntries);
      } catch {
        // A full or read-only cache folder only costs the next build some work.
      }
    },
  };
}

function prune(dir: string, maxEntries: number): void {
  const records = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (records.length <= maxEntries) return;
  const byAge = records
    .map((f) => ({ f, time: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => a.time - b.time || (a.f < b.f ? -1 : 1));
  for (const { f } of byAge.slice(0, records.length - maxEntries)) {
    rmSync(path.join(dir, f), { force: true });
    rmSync(path.join(dir, f.replace(/\.json$/, '.bin')), { force: true });
  }
}

/** The browsers sbp may launch, as installed (path, size, time): a new Chromium prints afresh. */
export function fingerprintBrowsers(env: NodeJS.ProcessEnv): string {
  const candidates = [
    env.PUPPETEER_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates
    .filter((file): file is string => Boolean(file) && existsSync(file as string))
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join(';');
}
