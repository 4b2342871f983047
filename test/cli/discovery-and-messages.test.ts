import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

const BOARD = path.join(BUNDLED_MEETINGS, 'board');
const SBP = path.join(PROJECT_ROOT, 'bin/sbp');

/** Run bin/sbp on a real terminal (a pty from script(1)) `columns` wide, as a clerk at a terminal would. */
function runOnTerminal(args: string[], env: NodeJS.ProcessEnv, columns = 70): string {
  const quoted = [process.execPath, SBP, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const run = spawnSync('script', ['-qec', `stty cols ${columns}; ${quoted}`, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, COLUMNS: undefined, ...env },
  });
  return run.stdout.replace(/\r\n/g, '\n');
}

describe('the repository is found like git finds its own', () => {
  it('sbp check from a body folder finds sbp.yaml above it', () => {
    expect(runSbp(['check'], { cwd: BOARD })).toEqual({ status: 0, stdout: '✔ no problems in 20 files\n', stderr: '' });
    expect(runSbp(['check', '--dir', BOARD]).status).toBe(0);
    expect(runSbp(['check', path.join(BOARD, '2019-06-20.md')]).status).toBe(0);
  });

  it('says where it looked when there is no sbp.yaml, with exit 2', () => {
    expect(runSbp(['check'], { cwd: makeTempDir() })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'sbp check: no sbp.yaml in the current folder or any folder above it: run sbp inside the meetings repository or name it (--dir), or start one with sbp init <folder>\n',
    });
  });

  it('names a meeting by id, by path from the current folder, or by path in the repository', () => {
    // The report is titled as that meeting's agenda names the item.
    const title = 'Matters outstanding: Safer Bromley Partnership Strategic Group, 20 June 2019';
    for (const [ref, cwd] of [
      ['board-2019-06-20', BOARD],
      ['2019-06-20.md', BOARD],
      ['board/2019-06-20.md', BOARD],
      ['meetings/board/2019-06-20.md', PROJECT_ROOT],
    ]) {
      const run = runSbp(['actions', '--report', ref], { cwd });
      expect(run.status, `${ref} from ${cwd}: ${run.stderr}`).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(title);
    }
  });

  it('new-meeting run from a body folder writes into the repository it is in', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    const run = runSbp(['new-meeting', '--body', 'board', '--date', '2022-03-17'], { cwd: path.join(dir, 'board') });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'board/2022-03-17.md'))).toBe(true);
  });

  it('build finds the repository from a meeting path given from anywhere', () => {
    const out = makeTempDir();
    const run = runSbp(['build', path.join(BOARD, '2014-06-13.md'), '--out', out], { cwd: makeTempDir() });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(out, 'board-2014-06-13-agenda.pdf'))).toBe(true);
  });
});

describe('did-you-mean for every closed set on the command line (exit 2)', () => {
  it.each([
    [['check', BUNDLED_MEETINGS, '--format', 'jsn'], 'Expected one of human, json, github (did you mean "json"?).'],
    [
      ['actions', BUNDLED_MEETINGS, '--format', 'tabel'],
      'Expected one of table, json, csv, markdown (did you mean "table"?).',
    ],
    [
      ['actions', BUNDLED_MEETINGS, '--report', 'board-2019-06-21'],
      'no meeting "board-2019-06-21" (did you mean "board-2019-06-20"',
    ],
    [
      ['actions', BUNDLED_MEETINGS, '--owner', 'BKK'],
      'no owner "BKK" in roster.yaml or the minutes (did you mean "BK"',
    ],
    [['actions', BUNDLED_MEETINGS, '--body', 'bord'], 'unknown body "bord" (did you mean "board"?): give one of board'],
    [['new-meeting', '--dir', BUNDLED_MEETINGS, '--body', 'bord', '--date', '2022-03-17'], '(did you mean "board"?)'],
  ])('sbp %j', (args, message) => {
    const run = runSbp(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});

describe('sbp actions that lists nothing', () => {
  it('says every filter applied, the default --as-of date included, and what leaving each out would list', () => {
    const run = runSbp(['actions', BUNDLED_MEETINGS, '--owner', 'BK', '--overdue']);
    expect(run.status).toBe(0);
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(run.stdout).toBe(
      `No actions match: open actions, --owner BK, --overdue, as of today, ${date} (the default of --as-of).\n  without --overdue: 1 action\n`,
    );
    const early = runSbp(['actions', BUNDLED_MEETINGS, '--as-of', '2010-01-01', '--body', 'board']);
    expect(early.stdout).toBe(
      'No actions match: open actions, --body board, --as-of 2010-01-01.\n  without --as-of 2010-01-01: 9 actions\n',
    );
  });
});

describe('tables and colour where the output goes', () => {
  it('prints the actions table in full when piped, and fits it to a terminal', () => {
    const piped = runSbp(['actions', BUNDLED_MEETINGS, '--as-of', '2019-06-20'], { env: { COLUMNS: undefined } });
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('…');
    expect(Math.max(...piped.stdout.split('\n').map((l) => l.length))).toBeGreaterThan(150);
    const terminal = runOnTerminal(['actions', BUNDLED_MEETINGS, '--as-of', '2019-06-20'], {}, 70);
    expect(terminal).toContain('board-2019-03-14-m64');
    for (const line of terminal.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(70);
  });

  it('colours on a terminal unless NO_COLOR is non-empty or FORCE_COLOR=0; FORCE_COLOR=1 colours a pipe', () => {
    const dir = copyRepo(BUNDLED_MEETINGS, { 'board/2019-06-20.md': (t) => t.replace('status:', 'statuss:') });
    const ESC = '\x1b[';
    expect(runOnTerminal(['check', dir], {})).toContain(ESC);
    expect(runOnTerminal(['check', dir], { NO_COLOR: '' })).toContain(ESC);
    expect(runOnTerminal(['check', dir], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(runOnTerminal(['check', dir], { FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(runOnTerminal(['check', dir], { TERM: 'dumb' })).not.toContain(ESC);
    expect(runSbp(['check', dir]).stdout).not.toContain(ESC);
    for (const value of ['1', '2', '3', ''])
      expect(runSbp(['check', dir], { env: { NO_COLOR: undefined, FORCE_COLOR: value } }).stdout).toContain(ESC);
    // NO_COLOR (non-empty) wins over FORCE_COLOR; an empty NO_COLOR is as if unset.
    expect(runSbp(['check', dir], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runSbp(['check', dir], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
  });
});
