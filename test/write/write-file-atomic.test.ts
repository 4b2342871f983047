import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/write/write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-'));
    const file = path.join(dir, 'sub', 'a.pdf');
    writeFileAtomic(file, 'old');
    writeFileAtomic(file, new Uint8Array([37, 80, 68, 70]));
    expect(fs.readFileSync(file, 'latin1')).toBe('%PDF');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['a.pdf']);
  });

  it('keeps the last good file when the write fails', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-'));
    const file = path.join(dir, 'a.pdf');
    writeFileAtomic(file, 'good');
    // A directory where the temporary file should go makes the write fail.
    fs.mkdirSync(`${file}.tmp-${process.pid}`);
    expect(() => writeFileAtomic(file, 'bad')).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('good');
  });
});
