import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

describe('sbp --help', () => {
  it("lists every command and loads neither Chromium's library nor the parsers", () => {
    const trace = path.join(makeTempDir(), 'modules.txt');
    const hooks = path.join(PROJECT_ROOT, 'bench/trace-module-loads.mjs');
    const run = runSbp(['--help'], { env: { NODE_OPTIONS: `--import=${hooks}`, SBP_TRACE_FILE: trace } });
    expect(run.status).toBe(0);
    for (const command of ['check', 'build', 'actions', 'new-meeting', 'init'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toContain('/node_modules/commander/');
    for (const heavy of [
      'puppeteer',
      '@cantoo/pdf-lib',
      'unified',
      'micromark',
      'zod',
      'yaml',
      'handlebars',
      'date-holidays',
    ]) {
      expect(loaded, heavy).not.toContain(`/node_modules/${heavy}/`);
    }
  });

  it('prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(runSbp(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
