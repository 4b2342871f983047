import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewFile } from '../../src/write/write-new-file.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

describe('writeNewFile', () => {
  it('creates the file and its folder, and never overwrites', async () => {
    const file = path.join(makeTempDir(), 'board', '2022-03-17.md');
    expect(await writeNewFile(file, 'first')).toBe(true);
    expect(await writeNewFile(file, 'second')).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
  });
});
