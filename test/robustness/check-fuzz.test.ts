import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/generate-repository.mjs';
import { CHECK_CODES } from '../../src/diagnostics/check-codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { BUNDLED_MEETINGS } from '../helpers/make-temp-repo.js';
import { createMemoryChecker } from './check-in-memory.js';
import { MUTATIONS } from './mutate-source.js';

/** Mutated cases, each one to three mutations of one file (about 2 400 mutations); SBP_FUZZ_CASES raises it for a longer hunt. */
const CASES = Number(process.env.SBP_FUZZ_CASES ?? 1200);
const SEED = Number(process.env.SBP_FUZZ_SEED ?? 20240613);
// A gross bound: this is not a timing test, only a guard against runaway parsing. Every check now parses
// the full Markdown tree (about 2.5 s for an 800 KB line of words on a busy 2-core machine).
const MAX_MS_PER_FILE_TREE = 6000;
const MAX_MS_PER_FILE = MAX_MS_PER_FILE_TREE;

function readRepository(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const parent =
      (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? root;
    const rel = path.relative(root, path.join(parent, entry.name)).split(path.sep).join('/');
    if (entry.isFile() && /^(sbp\.yaml|roster\.yaml|[a-z0-9-]+\/\d{4}-\d{2}-\d{2}\.md|papers\/.+\.md)$/.test(rel))
      files.set(rel, readFileSync(path.join(root, rel)));
  }
  return files;
}

/** What every diagnostic must be, however broken the input: located, catalogued, readable, no stack trace. */
function findFaults(diagnostics: Diagnostic[], files: ReadonlyMap<string, Uint8Array>): string[] {
  const faults: string[] = [];
  for (const d of diagnostics) {
    const at = `${d.file}:${d.line}:${d.column} ${d.code}`;
    if (!(d.code in CHECK_CODES)) faults.push(`${at}: unknown code`);
    if (d.code === 'internal-error') faults.push(`${at}: ${d.message}`);
    if (!files.has(d.file)) faults.push(`${at}: names a file that is not in the repository`);
    if (!(d.line >= 1 && d.column >= 1)) faults.push(`${at}: no line and column`);
    if (typeof d.message !== 'string' || d.message.trim() === '') faults.push(`${at}: empty message`);
    if (/\n\s+at .+:\d+:\d+/.test(`${d.message}\n${d.hint ?? ''}`)) faults.push(`${at}: stack trace in the message`);
  }
  return faults;
}

/** Keep a failing input on disk, so the fault can be reproduced with sbp check. */
function saveCase(n: number, target: string, bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sbp-fuzz-')), `case-${n}-${path.basename(target)}`);
  writeFileSync(file, bytes);
  return `input saved as ${file}`;
}

describe('sbp check under thousands of mutations of the bundled meetings', () => {
  const files = readRepository(BUNDLED_MEETINGS);
  const checkWith = createMemoryChecker(files);
  // Build and actions read bodies as a full tree: every fifth case goes that way.
  const checkWithTree = createMemoryChecker(files, parseMarkdownTree);
  const paths = [...files.keys()];

  it('the bundled repository itself checks clean in memory, as on disk', () => {
    expect(paths.length).toBeGreaterThan(8);
    expect(checkWith(new Map()).filter((d) => d.severity === 'error')).toEqual([]);
    expect(checkWithTree(new Map()).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`never throws, and reports every fault with a location and a catalogued code (${CASES} cases, seed ${SEED})`, () => {
    const rnd = createRandom(SEED);
    const failures: string[] = [];
    const byMutation = new Map<string, number>();
    let slowest = { ms: 0, label: '' };
    let detected = 0;
    for (let n = 0; n < CASES && failures.length < 10; n++) {
      const target = rnd.pick(paths);
      let bytes = files.get(target)!;
      const applied: string[] = [];
      for (let k = rnd.int(1, 3); k > 0; k--) {
        const mutation = rnd.pick(MUTATIONS);
        bytes = mutation.apply(bytes, rnd);
        applied.push(mutation.name);
        byMutation.set(mutation.name, (byMutation.get(mutation.name) ?? 0) + 1);
      }
      const tree = n % 5 === 4;
      const label = `case ${n} (${tree ? 'tree' : 'outline'}): ${target} after ${applied.join(', ')}`;
      const started = performance.now();
      let diagnostics: Diagnostic[];
      try {
        diagnostics = (tree ? checkWithTree : checkWith)(new Map([[target, bytes]]));
      } catch (error) {
        failures.push(`${saveCase(n, target, bytes)}, ${label}: threw ${(error as Error).stack}`);
        continue;
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, label };
      if (ms > (tree ? MAX_MS_PER_FILE_TREE : MAX_MS_PER_FILE))
        failures.push(`${saveCase(n, target, bytes)}, ${label}: took ${Math.round(ms)} ms`);
      if (diagnostics.some((d) => d.file === target)) detected++;
      const faults = findFaults(diagnostics, files);
      if (faults.length) failures.push(`${saveCase(n, target, bytes)}, ${label}: ${faults.join('; ')}`);
    }
    expect(failures, `slowest: ${slowest.label}, ${Math.round(slowest.ms)} ms`).toEqual([]);
    // Every kind of mutation was exercised, and most mutated files drew a finding on themselves.
    expect([...byMutation.keys()].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
    expect(detected / CASES).toBeGreaterThan(0.5);
  });

  it('reports 600 000 unclosed brackets in front matter in bounded time, without overflowing the stack', () => {
    const text = new TextDecoder().decode(files.get('board/2021-09-09.md')!);
    const bytes = new TextEncoder().encode(text.replace('\nitems:', `\ndeep: ${'['.repeat(600_000)}\nitems:`));
    const started = performance.now();
    const found = checkWith(new Map([['board/2021-09-09.md', bytes]]));
    expect(performance.now() - started).toBeLessThan(MAX_MS_PER_FILE);
    expect(findFaults(found, files)).toEqual([]);
    expect(found.some((d) => d.file === 'board/2021-09-09.md' && d.code === 'yaml-syntax')).toBe(true);
  });

  it('reports a NUL byte at its line, not as a crash', () => {
    const text = new TextDecoder().decode(files.get('roster.yaml')!);
    const line = 5;
    const at =
      text
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length + 1;
    const bytes = new TextEncoder().encode(`${text.slice(0, at)}\0${text.slice(at)}`);
    const found = checkWith(new Map([['roster.yaml', bytes]])).filter((d) => d.file === 'roster.yaml');
    expect(found).toMatchObject([{ code: 'file-binary', line, column: 1 }]);
  });
});
