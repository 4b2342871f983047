import { createHash } from 'node:crypto';
import path from 'node:path';
import { cacheRoot, fingerprintBrowsers, openCacheStore } from './cache-store.js';

/** A document as built before: its PDF, and what the build said and made besides (HTML, findings...). */
export interface CachedDocument<Meta> {
  pdf: Uint8Array;
  meta: Meta;
}

/** Finished documents kept between runs, by the hash of everything they are built from (and the browser). */
export interface DocumentCache<Meta> {
  get(sourceHash: string): CachedDocument<Meta> | undefined;
  put(sourceHash: string, document: CachedDocument<Meta>): void;
}

/**
 * The document cache (in sbp's cache folder): a build is deterministic, so a document whose sources, templates,
 * sbp version and browser are unchanged is the same file as last time. `read: false` only stores.
 */
export function openDocumentCache<Meta>(env: NodeJS.ProcessEnv, { read = true } = {}): DocumentCache<Meta> | undefined {
  const root = cacheRoot(env);
  const store = root ? openCacheStore(path.join(root, 'documents'), 200) : undefined;
  if (!store) return undefined;
  const browser = fingerprintBrowsers(env);
  const key = (hash: string) => createHash('sha256').update(`${browser}\0${hash}`).digest('hex');
  return {
    get(hash) {
      const entry = read ? store.get(key(hash)) : undefined;
      return entry && { pdf: entry.data, meta: entry.meta as Meta };
    },
    put(hash, { pdf, meta }) {
      store.put(key(hash), pdf, meta);
    },
  };
}
