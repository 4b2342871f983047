import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheRoot, fingerprintBrowsers, openCacheStore } from './cache-store.js';
import type { PrintResult } from './print-pdf.js';

/** Chromium's prints kept between runs, by what was printed: the same HTML, options and browser give the same PDF. */
export interface PrintCache {
  /** A print made before from this key, when every file it loaded is unchanged. */
  get(key: string): PrintResult | undefined;
  put(key: string, result: PrintResult): void;
  /** The key of a print: its HTML, its options, and the browser installed. */
  key(html: string, options: object): string;
}

type PrintRecord = Omit<PrintResult, 'pdf'> & { hashes: string[] };

/** The print cache (in sbp's cache folder, see cacheRoot); `read: false` only stores. Undefined when off. */
export function openPrintCache(env: NodeJS.ProcessEnv, { read = true } = {}): PrintCache | undefined {
  const root = cacheRoot(env);
  const store = root ? openCacheStore(path.join(root, 'prints'), 400) : undefined;
  if (!store) return undefined;
  const browser = fingerprintBrowsers(env);
  return {
    key: (html, options) =>
      createHash('sha256')
        .update(`${browser}\0${JSON.stringify(options)}\0`)
        .update(html)
        .digest('hex'),
    get(key) {
      const entry = read ? store.get(key) : undefined;
      if (!entry) return undefined;
      const { refused, failed, loaded, hashes } = entry.meta as PrintRecord;
      if (loaded.some((file, i) => hashFile(file) !== hashes[i])) return undefined;
      return { pdf: entry.data, refused, failed, loaded };
    },
    put(key, { pdf, refused, failed, loaded }) {
      store.put(key, pdf, { refused, failed, loaded, hashes: loaded.map(hashFile) } satisfies PrintRecord);
    },
  };
}

function hashFile(file: string): string {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '(missing)';
}
