import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const fixture = path.join(root, 'test/fixtures/build-basic');

function sbp(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/sbp'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('sbp build', () => {
  it('asks for a meeting or --all', () => {
    expect(sbp(['build', '--dir', fixture])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sbp build: name a meeting (e.g. sbp build board-2019-06-20) or give --all\n',
    });
  });

  it('names a meeting that does not exist, with a suggestion', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-cli-'));
    const run = sbp(['build', 'board-2021-03-12', '--dir', fixture, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sbp build: no meeting "board-2021-03-12" (did you mean "board-2021-03-11"');
    // A usage mistake: nothing is built, not even the meetings that were named right.
    const mixed = sbp(['build', 'board-2021-03-12', '2021-01-14', '--dir', fixture, '--out', out]);
    expect(mixed.code).toBe(2);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('splits --all into shards that together write every document once', () => {
    const written = (shard: string) => {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-cli-'));
      const run = sbp([
        'build',
        '--all',
        '--shard',
        shard,
        '--dir',
        path.join(root, 'test/fixtures/minimal'),
        '--out',
        out,
      ]);
      expect(run.code, run.stderr).toBe(0);
      return fs.readdirSync(out).filter((f) => f.endsWith('.pdf'));
    };
    const [first, second] = [written('1/2'), written('2/2')];
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(1);
    expect([...first, ...second].sort()).toEqual([
      'board-2024-06-13-agenda.pdf',
      'board-2024-06-13-minutes.pdf',
      'board-2024-09-12-agenda.pdf',
    ]);
    expect(sbp(['build', '--all', '--shard', '3/2', '--dir', fixture])).toMatchObject({
      code: 2,
      stderr: 'sbp build: --shard 3/2: the part must be from 1 to the number of parts, e.g. 1/2\n',
    });
  });

  it('builds a meeting named by its date, writing the pack and the minutes', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-cli-'));
    const run = sbp(['build', '2021-01-14', '--dir', fixture, '--out', out]);
    expect(run.stderr).toBe('');
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => path.basename(l)),
    ).toEqual(['board-2021-01-14-agenda.pdf', 'board-2021-01-14-minutes.pdf']);
    expect(run.code).toBe(0);
  });
});
