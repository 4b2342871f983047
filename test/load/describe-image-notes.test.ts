import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeNotes } from '../../src/load/describe-image-notes.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

describe('describeNotes', () => {
  it('refuses an image symlinked outside the repository and reports a missing one, through the path guard', () => {
    const root = makeTempDir();
    const outside = makeTempDir('sbp-outside-');
    writeFileSync(path.join(outside, 'secret.png'), 'png');
    mkdirSync(path.join(root, 'papers'));
    writeFileSync(path.join(root, 'papers/ok.png'), 'png');
    symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'papers/chart.png'));
    const at = { file: 'papers/report.md', line: 3, column: 1 };
    const diagnostics = describeNotes(root, [
      { kind: 'image-local', url: 'papers/ok.png', ...at },
      { kind: 'image-local', url: 'papers/chart.png', ...at },
      { kind: 'image-local', url: 'papers/none.png', ...at },
    ]);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      `image-refused image papers/chart.png is not included: papers/chart.png is a link to ${path.join(outside, 'secret.png')}, outside the meetings repository`,
      'image-missing image papers/none.png does not exist: the PDF shows its alt text instead',
    ]);
  });
});
