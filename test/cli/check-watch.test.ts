import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeEditorTasks } from '../../src/init/compose-editor-tasks.js';
import { copyRepo, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const BUNDLED = path.join(PROJECT_ROOT, 'meetings');
const matcher = JSON.parse(composeEditorTasks()).tasks[0].problemMatcher;

/** Resolve once `text()` holds `count` summary lines (the editor task's end pattern), however long that takes. */
function summaries(text: () => string, count: number): Promise<void> {
  const ends = new RegExp(matcher.background.endsPattern, 'gm');
  return new Promise((resolve) => {
    const poll = () => ((text().match(ends) ?? []).length >= count ? resolve() : setTimeout(poll, 50));
    poll();
  });
}

describe('sbp check --watch', () => {
  it('checks again on every save, in lines the editor task of sbp init reads, and stops cleanly on Ctrl+C', async () => {
    const repo = copyRepo(BUNDLED);
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/sbp'), 'check', '--watch'], {
      cwd: repo,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await summaries(() => out, 1);
    expect(out).toMatch(new RegExp(matcher.background.beginsPattern));
    expect(out).toContain('✔ no problems in 20 files');

    const file = path.join(repo, 'board/2019-06-20.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('time: "10:00"', 'time: "25:00"'));
    await summaries(() => out, 2);
    const runs = out.split(/^sbp check: checking .*$/m);
    // One save may reach the watcher as two events: at least one more run; the first of them sees the fault.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    // The editor's problem matcher finds the fault, where it is, with its code.
    const finding = runs[2]
      .split('\n')
      .map((line) => new RegExp(matcher.pattern.regexp).exec(line))
      .find(Boolean);
    expect(finding?.slice(1, 6)).toEqual(['board/2019-06-20.md', '5', '7', 'error', 'schema-invalid']);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 120_000);
});
