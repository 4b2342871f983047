import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  checksum,
  TREE_CACHE_DIR,
  TREE_CACHE_FILE,
  TREE_CACHE_MAGIC,
  type TreeCacheEntry,
} from '../load/read-tree-cache.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * Write the parse cache of a run: exactly the entries it used or made (stale ones are pruned), as one pack
 * written atomically. A repository that cannot be written to simply keeps no cache.
 */
export function writeTreeCache(root: string, identity: string, entries: ReadonlyMap<string, Uint8Array>): void {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
  const index: TreeCacheEntry[] = [];
  let offset = 0;
  for (const [key, bytes] of sorted) {
    index.push([key, offset, bytes.length, checksum(bytes)]);
    offset += bytes.length;
  }
  const json = JSON.stringify({ identity, entries: index });
  // Padded with spaces so that the entries start on a 4-byte boundary: their integers are read in place.
  const unpadded = Buffer.byteLength(TREE_CACHE_MAGIC) + 4 + Buffer.byteLength(json);
  const header = Buffer.from(json + ' '.repeat((4 - (unpadded % 4)) % 4), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const dir = path.join(root, TREE_CACHE_DIR);
  try {
    writeFileAtomic(
      path.join(dir, TREE_CACHE_FILE),
      Buffer.concat([Buffer.from(TREE_CACHE_MAGIC, 'latin1'), length, header, ...sorted.map(([, bytes]) => bytes)]),
    );
    // The cache is never content: keep it out of git even where .gitignore does not say so.
    if (!existsSync(path.join(dir, '.gitignore'))) writeFileAtomic(path.join(dir, '.gitignore'), '*\n');
  } catch {
    // A read-only checkout: the next run parses again, nothing else is lost.
  }
}
