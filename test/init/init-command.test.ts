import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CI_STEP_NAMES } from '../../src/init/compose-ci-workflow.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      steps: {
        name: string;
        uses?: string;
        run?: string;
        with?: Record<string, unknown>;
        env?: Record<string, string>;
      }[];
    }
  >;
}

function initInto(...flags: string[]): string {
  const dir = path.join(makeTempDir(), 'meetings');
  const run = runSbp(['init', dir, '--date', '2025-09-18', ...flags]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('board/2025-09-18.md');
  return dir;
}

describe('sbp init', () => {
  it('creates a repository that sbp check passes and sbp build prints', () => {
    const dir = initInto('--partnership', 'Safer Anytown Partnership', '--council', 'Anytown Borough Council');
    expect(runSbp(['check', dir])).toEqual({ status: 0, stdout: '✔ no problems in 3 files\n', stderr: '' });
    const out = path.join(dir, 'out');
    const build = runSbp(['build', 'board-2025-09-18', '--dir', dir, '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(out)).toContain('board-2025-09-18-agenda.pdf');
    const text = execFileSync('pdftotext', [path.join(out, 'board-2025-09-18-agenda.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('PARTNER UPDATES');
    expect(text).toContain('Anytown Borough Council');
  });

  it('writes a GitHub Actions workflow that is valid YAML with every step named', () => {
    const workflow = parse(readFileSync(path.join(initInto(), '.github/workflows/sbp.yml'), 'utf8')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    const steps = workflow.jobs['check-and-build'].steps;
    expect(steps.map((s) => s.name)).toEqual([...CI_STEP_NAMES]);
    const step = (name: string) => steps.find((s) => s.name === name)!;
    expect(step('Check out the repository with its history').with).toEqual({ 'fetch-depth': 0 });
    expect(step('Set up Node.js 20').with).toEqual({ 'node-version': 20 });
    expect(step('Install Chromium and fonts').run).toContain('sudo apt-get install -y chromium fonts-liberation2');
    expect(step('Check the meetings').run).toBe('sbp check --format github');
    expect(step('Find the changed meetings').run).toContain('git diff --name-only "origin/$BASE_REF...HEAD"');
    expect(step('Build the changed agenda packs and minutes').run).toBe('sbp build $MEETINGS --out out');
    expect(step('Upload the PDFs').uses).toBe('actions/upload-artifact@v4');
    expect(workflow.env.SBP_PACKAGE).toBe('sbp');
  });

  it('refuses, writing nothing, where a repository already is; keeps other existing files', () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, 'README.md'), 'our own readme\n');
    expect(runSbp(['init', dir, '--date', '2025-09-18']).stdout).toContain(
      'Kept, as they already existed:\n  README.md',
    );
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('our own readme\n');
    const again = runSbp(['init', dir]);
    expect(again).toEqual({
      status: 1,
      stdout: '',
      stderr: `sbp init: ${dir} already holds a meetings repository (sbp.yaml): nothing written\n`,
    });
  });

  it('rejects a body id or date it cannot use, with exit 2', () => {
    const dir = makeTempDir();
    expect(runSbp(['init', dir, '--body-id', 'The Board'])).toMatchObject({
      status: 2,
      stderr: 'sbp init: --body-id The Board: expected lower-case letters, digits and hyphens, e.g. board\n',
    });
    expect(runSbp(['init', dir, '--date', '2025-02-30'])).toMatchObject({
      status: 2,
      stderr: 'sbp init: --date 2025-02-30: expected a date written as YYYY-MM-DD, e.g. 2025-09-18\n',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
