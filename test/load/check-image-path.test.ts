import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImagePath } from '../../src/load/check-image-path.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

describe('checkImagePath', () => {
  it('refuses an image symlinked outside the repository and finds a missing one, through the path guard', () => {
    const root = makeTempDir();
    const outside = makeTempDir('sbp-outside-');
    writeFileSync(path.join(outside, 'secret.png'), 'png');
    mkdirSync(path.join(root, 'papers'));
    writeFileSync(path.join(root, 'papers/ok.png'), 'png');
    symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'papers/chart.png'));
    symlinkSync(outside, path.join(root, 'papers/out'));
    expect(checkImagePath(root, 'papers/ok.png')).toBe('found');
    expect(checkImagePath(root, 'papers/chart.png')).toBe('outside');
    // A missing file behind a link out is still a link out.
    expect(checkImagePath(root, 'papers/out/none.png')).toBe('outside');
    expect(checkImagePath(root, 'papers/none.png')).toBe('missing');
    expect(checkImagePath(root, 'papers')).toBe('missing');
  });
});
