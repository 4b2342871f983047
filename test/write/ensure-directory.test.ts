import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDirectory } from '../../src/write/ensure-directory.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

describe('ensureDirectory', () => {
  it('creates missing parents, and says why when it cannot, instead of spinning or throwing', () => {
    const dir = makeTempDir();
    expect(ensureDirectory(path.join(dir, 'a/b/c'))).toBeUndefined();
    expect(existsSync(path.join(dir, 'a/b/c'))).toBe(true);
    writeFileSync(path.join(dir, 'file'), '');
    expect(ensureDirectory(path.join(dir, 'file'))).toBe(`${path.join(dir, 'file')} is a file, not a folder`);
    // mkdir in /proc answers ENOENT: Node's own recursive mkdir loops forever on it.
    expect(ensureDirectory('/proc/sbp-nope/out')).toBe('cannot create /proc/sbp-nope: ENOENT');
  });
});
