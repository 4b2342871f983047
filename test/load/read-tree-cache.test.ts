import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParserIdentity } from '../../src/load/read-parser-identity.js';
import { openTreeCache, TREE_CACHE_DIR, TREE_CACHE_FILE } from '../../src/load/read-tree-cache.js';
import { decodeTree, encodeTree } from '../../src/load/tree-cache-codec.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { writeTreeCache } from '../../src/write/write-tree-cache.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from '../helpers/make-temp-repo.js';

const PACK = path.join(TREE_CACHE_DIR, TREE_CACHE_FILE);

/** What a check of `dir` finds and models, in a form to compare runs by. */
async function checkSummary(dir: string, cache = true) {
  const result = await checkRepository(dir, { cache });
  const papers = [...result.repository!.papers.values()].map((p) => [p.path, p.body]);
  const narratives = result.repository!.meetings.flatMap((m) => m.items.map((i) => i.narrative));
  return { diagnostics: result.diagnostics, papers, narratives };
}

/** A copy of the bundled meetings without any parse cache a run of sbp left there. */
function copyMeetings(): string {
  const dir = copyRepo(BUNDLED_MEETINGS);
  rmSync(path.join(dir, TREE_CACHE_DIR), { recursive: true, force: true });
  return dir;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && !f.startsWith('.'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

describe('the parse cache', () => {
  it('gives back exactly the tree a fresh parse gives', () => {
    for (const text of markdownFiles(BUNDLED_MEETINGS)) {
      const tree = parseMarkdownTree(text);
      expect(decodeTree(encodeTree(tree, text), text)).toEqual(tree);
    }
  });

  it('is written by a check, read by the next, and changes nothing the check finds', async () => {
    const dir = copyMeetings();
    const fresh = await checkSummary(dir, false);
    expect(existsSync(path.join(dir, TREE_CACHE_DIR))).toBe(false);
    expect(await checkSummary(dir)).toEqual(fresh);
    const written = readFileSync(path.join(dir, PACK));
    expect(readFileSync(path.join(dir, TREE_CACHE_DIR, '.gitignore'), 'utf8')).toBe('*\n');
    expect(await checkSummary(dir)).toEqual(fresh);
    // Nothing changed, so nothing was written again.
    expect(readFileSync(path.join(dir, PACK))).toEqual(written);
  });

  it('never gives a wrong tree from a damaged pack: each damaged entry is parsed again', async () => {
    const dir = copyMeetings();
    const fresh = await checkSummary(dir, false);
    await checkSummary(dir);
    const pack = readFileSync(path.join(dir, PACK));
    for (const at of [pack.length - 1, Math.floor(pack.length / 2), Math.floor(pack.length * 0.9)]) {
      const damaged = Buffer.from(pack);
      damaged[at] ^= 0x20;
      writeFileSync(path.join(dir, PACK), damaged);
      expect(await checkSummary(dir)).toEqual(fresh);
    }
    for (const garbage of [Buffer.alloc(0), Buffer.from('not a pack'), pack.subarray(0, 100)]) {
      writeFileSync(path.join(dir, PACK), garbage);
      expect(await checkSummary(dir)).toEqual(fresh);
    }
  });

  it('keeps only the trees of the files as they are now', async () => {
    const dir = copyMeetings();
    await checkSummary(dir);
    const file = path.join(dir, 'papers/2019-06-20/youth-offending-service.md');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, `${before}\nAn added paragraph.\n`);
    await checkSummary(dir);
    const pack = readFileSync(path.join(dir, PACK));
    const cache = openTreeCache(dir, readParserIdentity());
    expect(cache.take(before)).toBeUndefined();
    for (const text of markdownFiles(dir)) expect(cache.take(text)).toBeDefined();
    // The pack already held exactly what a check needs: the next check writes nothing.
    await checkSummary(dir);
    expect(readFileSync(path.join(dir, PACK))).toEqual(pack);
  });

  it('is ignored for another parser, and can be turned off', async () => {
    const dir = makeTempDir();
    const text = '---\ntitle: x\n---\n\nHello *world*.\n';
    const tree = parseMarkdownTree(text);
    const cache = openTreeCache(dir, 'parser A');
    expect(cache.take(text)).toBeUndefined();
    cache.keep(text, tree);
    writeTreeCache(dir, 'parser A', cache.changes()!);
    expect(openTreeCache(dir, 'parser A').take(text)).toEqual(tree);
    expect(openTreeCache(dir, 'parser B').take(text)).toBeUndefined();

    const off = copyMeetings();
    await checkRepository(off, { env: { SBP_NO_CACHE: '1' } });
    expect(existsSync(path.join(off, TREE_CACHE_DIR))).toBe(false);
  });
});
