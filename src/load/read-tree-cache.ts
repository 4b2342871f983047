import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { decodeTree, encodeTree } from './tree-cache-codec.js';

/** The parse cache's folder in a repository, and its one pack file. */
export const TREE_CACHE_DIR = '.sbp-cache';
export const TREE_CACHE_FILE = 'markdown-trees.pack';
/** The first bytes of a pack: its format, so that another format is never misread. */
export const TREE_CACHE_MAGIC = 'SBP-MARKDOWN-TREES-1\n';

/** One entry of a pack's index: the content key, where its bytes stand after the index, and their checksum. */
export type TreeCacheEntry = [key: string, offset: number, length: number, check: string];

/** The Markdown trees of earlier runs, content-addressed; and what this run used and made, to write back. */
export interface TreeCache {
  /** The cached tree of `text`, decoded afresh; undefined when there is none (or it is damaged). */
  take(text: string): Root | undefined;
  /** Remember the tree just parsed from `text` (encoded at once: later stages may add to the tree), or its bytes. */
  keep(text: string, tree: Root | Uint8Array): void;
  /** Every entry this run used or made, when the pack on disk is not exactly that; else undefined. */
  changes(): Map<string, Uint8Array> | undefined;
}

/** The checksum of an entry's bytes, kept in the index and verified before decoding. */
export function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 24);
}

/**
 * Open the repository's parse cache (`.sbp-cache/markdown-trees.pack`) for the parser `identity`, or with
 * `root` undefined a cache of this run only. A missing, foreign or damaged pack is an empty cache; an
 * entry is used only when its checksum holds.
 */
export function openTreeCache(root: string | undefined, identity: string): TreeCache {
  const index = root === undefined ? new Map() : readPack(root, identity);
  const used = new Map<string, Uint8Array>();
  let made = 0;
  const keyOf = (text: string) => createHash('sha256').update(identity).update('\0').update(text).digest('hex');
  return {
    take(text) {
      const key = keyOf(text);
      // A text seen earlier in this run (a standing item's description in every meeting) is decoded again.
      const seen = used.get(key);
      if (seen) return decodeTree(seen, text);
      const entry = index.get(key);
      if (!entry || checksum(entry.bytes) !== entry.check) return undefined;
      try {
        const tree = decodeTree(entry.bytes, text);
        used.set(key, entry.bytes);
        return tree;
      } catch {
        return undefined;
      }
    },
    keep(text, tree) {
      const key = keyOf(text);
      if (used.has(key)) return;
      used.set(key, tree instanceof Uint8Array ? tree : encodeTree(tree, text));
      made++;
    },
    changes() {
      return made > 0 || used.size !== index.size ? used : undefined;
    },
  };
}

/** The entries of the pack on disk made for `identity`; none when it is missing, foreign or unreadable. */
function readPack(root: string, identity: string): Map<string, { bytes: Uint8Array; check: string }> {
  const index = new Map<string, { bytes: Uint8Array; check: string }>();
  try {
    const pack = readFileSync(path.join(root, TREE_CACHE_DIR, TREE_CACHE_FILE));
    const magic = Buffer.byteLength(TREE_CACHE_MAGIC);
    if (pack.toString('latin1', 0, magic) !== TREE_CACHE_MAGIC) return index;
    const headerLength = pack.readUInt32LE(magic);
    const header = JSON.parse(pack.toString('utf8', magic + 4, magic + 4 + headerLength)) as {
      identity?: string;
      entries?: TreeCacheEntry[];
    };
    const base = magic + 4 + headerLength;
    if (header.identity !== identity || !Array.isArray(header.entries)) return index;
    for (const [key, offset, length, check] of header.entries)
      if (base + offset + length <= pack.length)
        index.set(key, { bytes: pack.subarray(base + offset, base + offset + length), check });
  } catch {
    // No pack yet, or one that cannot be read: start empty.
  }
  return index;
}
