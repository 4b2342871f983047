import type { Root } from 'mdast';
import { readParserIdentity } from '../load/read-parser-identity.js';
import { openTreeCache, type TreeCache } from '../load/read-tree-cache.js';
import { writeTreeCache } from '../write/write-tree-cache.js';

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

/** A tree source for the repository at `root`, with or without its parse cache (`<root>/.sbp-cache/`). */
export function createTreeSource(root: string, useCache: boolean): TreeSource {
  const identity = useCache ? readParserIdentity() : '';
  const cache: TreeCache | undefined = useCache ? openTreeCache(root, identity) : undefined;
  let parser: Promise<(text: string) => Root> | undefined;
  return {
    async treeOf(text) {
      const cached = cache?.take(text);
      if (cached) return cached;
      // The unified parser is the slowest module to load: a run served from the cache never loads it.
      parser ??= import('../parse/parse-markdown-tree.js').then((m) => m.parseMarkdownTree);
      const tree = (await parser)(text);
      cache?.keep(text, tree);
      return tree;
    },
    finish() {
      const changes = cache?.changes();
      if (changes) writeTreeCache(root, identity, changes);
    },
  };
}
