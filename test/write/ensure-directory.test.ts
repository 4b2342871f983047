import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureDirectory } from '../../src/write/ensure-directory.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const PROCESSES = 12;
const FOLDERS = 10;

/**
 * A child that waits for "go" on stdin, then makes every folder of `folders` with the compiled ensureDirectory,
 * printing one line per call: "ok" or the reason it failed.
 */
const CHILD = `
const { ensureDirectory } = await import(process.argv[1]);
const folders = JSON.parse(process.argv[2]);
process.stdout.write('ready\\n');
process.stdin.once('data', () => {
  for (const folder of folders) process.stdout.write((ensureDirectory(folder) ?? 'ok') + '\\n');
  process.exit(0);
});`;

function startChild(folders: string[]): { ready: Promise<void>; go(): void; done: Promise<string[]> } {
  const module = pathToFileURL(path.join(PROJECT_ROOT, 'dist/write/ensure-directory.js')).href;
  const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, module, JSON.stringify(folders)]);
  let out = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('ready\n')) signalReady();
  });
  const done = new Promise<string[]>((resolve) =>
    child.on('close', () => resolve(out.split('\n').slice(1).filter(Boolean))),
  );
  return { ready, go: () => child.stdin.end('go\n'), done };
}

describe('ensureDirectory', () => {
  it('creates missing parents, and says why when it cannot, instead of spinning or throwing', () => {
    const dir = makeTempDir();
    expect(ensureDirectory(path.join(dir, 'a/b/c'))).toBeUndefined();
    expect(existsSync(path.join(dir, 'a/b/c'))).toBe(true);
    writeFileSync(path.join(dir, 'file'), '');
    expect(ensureDirectory(path.join(dir, 'file'))).toBe(`${path.join(dir, 'file')} is a file, not a folder`);
    expect(ensureDirectory(path.join(dir, 'file/below'))).toBe(`${path.join(dir, 'file')} is a file, not a folder`);
    // mkdir in /proc answers ENOENT: Node's own recursive mkdir loops forever on it.
    expect(ensureDirectory('/proc/sbp-nope/out')).toBe('cannot create /proc/sbp-nope: ENOENT');
  });

  it(`succeeds in every one of ${PROCESSES * FOLDERS} calls made by ${PROCESSES} processes at once on the same folders`, async () => {
    const dir = makeTempDir();
    // Deep, shared paths: every process races every other for each level of each of them.
    const folders = Array.from({ length: FOLDERS }, (_, k) => path.join(dir, `tree-${k}`, 'a', 'b', 'c', 'd', 'e'));
    const children = Array.from({ length: PROCESSES }, (_, i) => startChild(i % 2 ? folders : [...folders].reverse()));
    await Promise.all(children.map((c) => c.ready));
    for (const child of children) child.go();
    const answers = (await Promise.all(children.map((c) => c.done))).flat();
    expect(answers).toHaveLength(PROCESSES * FOLDERS);
    expect(answers.filter((a) => a !== 'ok')).toEqual([]);
    for (const folder of folders) expect(statSync(folder).isDirectory()).toBe(true);
  });
});
