import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

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
