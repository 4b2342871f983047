import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The sbp project root. */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** The bundled example repository. */
export const BUNDLED_MEETINGS = path.join(PROJECT_ROOT, 'meetings');

/** A fresh temp directory. */
export function makeTempDir(prefix = 'sbp-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Write `files` (repository path → text) into a new temp directory and return it. */
export function makeTempRepo(files: Record<string, string>): string {
  const dir = makeTempDir();
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Copy a fixture repository (test/fixtures/<name>, or the bundled meetings) into a temp dir, optionally editing files. */
export function copyRepo(source: string, edits: Record<string, (text: string) => string> = {}): string {
  const dir = makeTempDir();
  cpSync(source, dir, { recursive: true });
  for (const [rel, edit] of Object.entries(edits)) {
    const file = path.join(dir, rel);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}

/** The 1-based line of the first line of `text` containing `needle` (for asserting diagnostic positions). */
export function findLine(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  const index = lines.findIndex((l, i) => i >= after && l.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not found`);
  return index + 1;
}
