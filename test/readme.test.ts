import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CODES } from '../src/diagnostics/check-codes.js';
import { PROJECT_ROOT } from './helpers/make-temp-repo.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('documents every check code with its example message', () => {
    for (const [code, info] of Object.entries(CHECK_CODES)) {
      expect(readme, code).toContain(`| \`${code}\` | ${info.severity} | ${info.summary} | ${info.example} |`);
    }
  });

  it('gives the build and test commands on its first screen, and CI runs the same test command', () => {
    const firstScreen = readme.split('\n').slice(0, 30).join('\n');
    expect(firstScreen).toContain('./bin/sbp build board-2019-06-20 --dir meetings --out out');
    expect(firstScreen).toMatch(/^npm test\s/m);
    expect(readFileSync(path.join(PROJECT_ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});
