import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

/**
 * The modules a run loaded, one path per line: the files it read, and for each file of the bundle bin/sbp runs, the
 * modules bundled into it (esbuild heads each module's code with its path: `// node_modules/commander/lib/...`).
 */
function listLoadedModules(trace: string): string {
  const bundle = path.join(PROJECT_ROOT, 'dist/bundle') + path.sep;
  const files = trace.split('\n').filter((url) => url.startsWith('file:'));
  const inBundles = files
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(bundle))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:node_modules|dist)\/\S+)$/gm)])
    .map((match) => path.join(PROJECT_ROOT, match[1]));
  return [...files, ...inBundles].join('\n');
}

describe('sbp --help', () => {
  it("lists every command and loads neither Chromium's library nor the parsers", () => {
    const trace = path.join(makeTempDir(), 'modules.txt');
    const hooks = path.join(PROJECT_ROOT, 'bench/trace-module-loads.mjs');
    const run = runSbp(['--help'], { env: { NODE_OPTIONS: `--import=${hooks}`, SBP_TRACE_FILE: trace } });
    expect(run.status).toBe(0);
    for (const command of ['check', 'build', 'actions', 'new-meeting', 'init'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const loaded = listLoadedModules(readFileSync(trace, 'utf8'));
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
