import type { Root } from 'mdast';
import { countParseWorkers, createParsePool, type ParsePool } from '../load/create-parse-pool.js';
import { readParserIdentity } from '../load/read-parser-identity.js';
import { openTreeCache, type TreeCache } from '../load/read-tree-cache.js';
import { decodeTree } from '../load/tree-cache-codec.js';
import { writeTreeCache } from '../write/write-tree-cache.js';

/** Characters of text to parse before workers start: below it, starting them costs more than they save. */
const POOL_THRESHOLD = 512 * 1024;

/** Gives every Markdown text of a run its one tree, and keeps the parse cache up to date. */
export interface TreeSource {
  /** The tree of `text`: from the parse cache, else parsed (the parser is loaded on first need). */
  treeOf(text: string): Promise<Root>;
  /** Write back the cache: what this run used and made, nothing stale. */
  finish(): void;
}

/** Whether the environment turns the parse cache off (SBP_NO_CACHE=1). */
export function isCacheDisabled(env: NodeJS.ProcessEnv): boolean {
  return env.SBP_NO_CACHE !== undefined && env.SBP_NO_CACHE !== '' && env.SBP_NO_CACHE !== '0';
}

/**
 * A tree source for the repository at `root`, with or without its parse cache (`<root>/.sbp-cache/`). Once
 * more than POOL_THRESHOLD of text misses the cache (or at once with SBP_PARSE_WORKERS set), texts are
 * parsed in worker threads, one per spare core.
 */
export function createTreeSource(root: string, useCache: boolean, env: NodeJS.ProcessEnv = {}): TreeSource {
  const identity = useCache ? readParserIdentity() : '';
  // Without the cache on disk, still one parse per distinct text of the run (a description in every meeting).
  const cache: TreeCache = openTreeCache(useCache ? root : undefined, identity);
  let parser: Promise<(text: string) => Root> | undefined;
  let pool: ParsePool | undefined;
  let poolTried = false;
  let missed = 0;
  const threshold = env.SBP_PARSE_WORKERS === undefined ? POOL_THRESHOLD : 0;
  return {
    async treeOf(text) {
      const cached = cache.take(text);
      if (cached) return cached;
      missed += text.length;
      if (!poolTried && missed > threshold) {
        poolTried = true;
        pool = createParsePool(countParseWorkers(env));
      }
      if (pool) {
        const bytes = await pool.parse(text).catch(() => undefined);
        if (bytes) {
          cache.keep(text, bytes);
          return decodeTree(bytes, text);
        }
      }
      // The unified parser is the slowest module to load: a run served from the cache never loads it.
      parser ??= import('../parse/parse-markdown-tree.js').then((m) => m.parseMarkdownTree);
      const tree = (await parser)(text);
      cache.keep(text, tree);
      return tree;
    },
    finish() {
      pool?.close();
      const changes = useCache ? cache.changes() : undefined;
      if (changes) writeTreeCache(root, identity, changes);
    },
  };
}
