import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDirectory } from './ensure-directory.js';
import type { PrintResult } from './print-pdf.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** Chromium's prints kept between runs, by what was printed: the same HTML, options and browser give the same PDF. */
export interface PrintCache {
  /** A print made before from this key, when every file it loaded is unchanged. */
  get(key: string): PrintResult | undefined;
  put(key: string, result: PrintResult): void;
  /** The key of a print: its HTML, its options, and the browser installed. */
  key(html: string, options: object): string;
}

// Enough for the packs and minutes of a few years of meetings; the oldest prints go first.
const MAX_ENTRIES = 400;

/**
 * The print cache: $SBP_CACHE_DIR (`off` turns it off), else $XDG_CACHE_HOME/sbp/prints, else
 * ~/.cache/sbp/prints. Undefined when it is off or its folder cannot be made; `read: false` only stores.
 */
export function openPrintCache(env: NodeJS.ProcessEnv, { read = true } = {}): PrintCache | undefined {
  if (env.SBP_CACHE_DIR === 'off') return undefined;
  const dir = env.SBP_CACHE_DIR ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'sbp', 'prints');
  if (ensureDirectory(dir)) return undefined;
  const browser = fingerprintBrowsers(env);
  return {
    key: (html, options) =>
      createHash('sha256')
        .update(browser)
        .update('\0')
        .update(JSON.stringify(options))
        .update('\0')
        .update(html)
        .digest('hex'),
    get(key) {
      if (!read) return undefined;
      try {
        const meta = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as Omit<PrintResult, 'pdf'> & {
          hashes: string[];
        };
        if (meta.loaded.some((file, i) => hashFile(file) !== meta.hashes[i])) return undefined;
        const pdf = readFileSync(path.join(dir, `${key}.pdf`));
        return { pdf, refused: meta.refused, failed: meta.failed, loaded: meta.loaded };
      } catch {
        return undefined;
      }
    },
    put(key, result) {
      try {
        writeFileAtomic(path.join(dir, `${key}.pdf`), result.pdf);
        const { refused, failed, loaded } = result;
        const meta = { refused, failed, loaded, hashes: loaded.map(hashFile) };
        writeFileAtomic(path.join(dir, `${key}.json`), JSON.stringify(meta));
        prune(dir);
      } catch {
        // A full or read-only cache folder only costs the next build a print.
      }
    },
  };
}

function hashFile(file: string): string {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '(missing)';
}

// The browsers sbp may launch, as installed (path, size, time): a new Chromium prints afresh.
function fingerprintBrowsers(env: NodeJS.ProcessEnv): string {
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

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (entries.length <= MAX_ENTRIES) return;
  const byAge = entries
    .map((f) => ({ f, time: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => a.time - b.time || (a.f < b.f ? -1 : 1));
  for (const { f } of byAge.slice(0, entries.length - MAX_ENTRIES)) {
    rmSync(path.join(dir, f), { force: true });
    rmSync(path.join(dir, f.replace(/\.json$/, '.pdf')), { force: true });
  }
}
