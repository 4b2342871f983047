import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/generate-repository.mjs';
import { CHECK_CODES } from '../../src/diagnostics/check-codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { type CheckOptions, checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';
import { MUTATIONS } from './mutate-source.js';

/**
 * Cases to run, each one to three mutations of one file of a copy of the bundled repository, checked by the
 * real checkRepository. The count, not a clock, bounds the work: about a minute on an idle 2-core machine,
 * a few minutes beside busy processes. SBP_FUZZ_CASES raises it for a longer hunt, SBP_FUZZ_SEED varies it.
 */
const CASES = Number(process.env.SBP_FUZZ_CASES ?? 250);
const SEED = Number(process.env.SBP_FUZZ_SEED ?? 20240613);
/** How check reads bodies, and how build and actions do (one case in five). */
const AS_CHECK: CheckOptions = { bodies: 'outline' };
const AS_BUILD: CheckOptions = { bodies: 'tree' };

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

describe('sbp check under hundreds of mutations of the bundled meetings', () => {
  let dir = '';
  let files = new Map<string, Uint8Array>();
  /** Check the copy with `target` holding `bytes`, then put the original back. */
  const checkWith = async (target: string, bytes: Uint8Array, options: CheckOptions) => {
    writeFileSync(path.join(dir, target), bytes);
    try {
      return (await checkRepository(dir, options)).diagnostics;
    } finally {
      writeFileSync(path.join(dir, target), files.get(target)!);
    }
  };

  beforeAll(() => {
    dir = copyRepo(BUNDLED_MEETINGS);
    files = readRepository(dir);
  });

  it('the copy of the bundled repository checks clean both ways', async () => {
    expect(files.size).toBeGreaterThan(8);
    for (const options of [AS_CHECK, AS_BUILD])
      expect((await checkRepository(dir, options)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it(`never throws, and reports every fault with a location and a catalogued code (${CASES} cases, seed ${SEED})`, async () => {
    const rnd = createRandom(SEED);
    const paths = [...files.keys()];
    const failures: string[] = [];
    const byMutation = new Map<string, number>();
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
      let diagnostics: Diagnostic[];
      try {
        diagnostics = await checkWith(target, bytes, tree ? AS_BUILD : AS_CHECK);
      } catch (error) {
        failures.push(`${saveCase(n, target, bytes)}, ${label}: threw ${(error as Error).stack}`);
        continue;
      }
      if (diagnostics.some((d) => d.file === target)) detected++;
      const faults = findFaults(diagnostics, files);
      if (faults.length) failures.push(`${saveCase(n, target, bytes)}, ${label}: ${faults.join('; ')}`);
    }
    expect(failures).toEqual([]);
    // Every kind of mutation was exercised, and most mutated files drew a finding on themselves.
    expect([...byMutation.keys()].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
    expect(detected / CASES).toBeGreaterThan(0.5);
  });

  it('reports 600 000 unclosed brackets in front matter without overflowing the stack', async () => {
    const target = 'board/2021-09-09.md';
    const text = new TextDecoder().decode(files.get(target)!);
    const bytes = new TextEncoder().encode(text.replace('\nitems:', `\ndeep: ${'['.repeat(600_000)}\nitems:`));
    for (const options of [AS_CHECK, AS_BUILD]) {
      const found = await checkWith(target, bytes, options);
      expect(findFaults(found, files)).toEqual([]);
      expect(found.some((d) => d.file === target && d.code === 'yaml-syntax')).toBe(true);
    }
  });

  it('reports a file over the size limit without reading it, and a NUL byte at its line', async () => {
    const big = new TextEncoder().encode(`---\ntitle: x\n---\n${'word '.repeat(500_000)}`);
    const paper = [...files.keys()].find((f) => f.startsWith('papers/'))!;
    expect(await checkWith(paper, big, AS_CHECK)).toContainEqual(
      expect.objectContaining({ file: paper, code: 'file-too-large' }),
    );
    const text = new TextDecoder().decode(files.get('roster.yaml')!);
    const line = 5;
    const at =
      text
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length + 1;
    const bytes = new TextEncoder().encode(`${text.slice(0, at)}\0${text.slice(at)}`);
    const found = (await checkWith('roster.yaml', bytes, AS_CHECK)).filter((d) => d.file === 'roster.yaml');
    expect(found).toMatchObject([{ code: 'file-binary', line, column: 1 }]);
  });
});
