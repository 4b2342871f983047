import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

describe('sbp new-minutes', () => {
  it('drafts minutes from an agenda that new-meeting wrote, and sbp check takes the draft', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    expect(runSbp(['new-meeting', '--body', 'board', '--date', '2022-03-17', '--dir', dir]).status).toBe(0);
    const run = runSbp(['new-minutes', 'board/2022-03-17.md', '--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote draft minutes into board\/2022-03-17\.md \(status: draft-minutes\)\n/);
    expect(run.stdout).toMatch(/ {2}\d+ members expected as present: move those who sent apologies to apologies:\n/);
    const text = readFileSync(path.join(dir, 'board/2022-03-17.md'), 'utf8');
    expect(text).toMatch(/\n## \d+ Apologies for absence\n/);
    const check = runSbp(['check', dir, '--format', 'json']);
    const report = JSON.parse(check.stdout) as { diagnostics: { code: string; severity: string }[] };
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Each open action awaits its update: a warning until the clerk writes it; and the pack of 17 March 2022 could
    // not carry the minutes of 9 December 2021, which are not written yet.
    expect([...new Set(report.diagnostics.map((d) => d.code))].sort()).toEqual([
      'previous-minutes-unavailable',
      'update-empty',
    ]);
    expect(check.status).toBe(0);
  });

  it("refuses on minutes, on an unknown meeting, and never rewrites the clerk's lines", () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    const minutes = runSbp(['new-minutes', 'board-2021-09-09', '--dir', dir]);
    expect(minutes).toMatchObject({ status: 1, stdout: '' });
    expect(minutes.stderr).toContain(
      'sbp new-minutes: board/2021-09-09.md is already minutes (status: minutes-approved)',
    );
    const unknown = runSbp(['new-minutes', 'board-2021-12-10', '--dir', dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no meeting "board-2021-12-10" (did you mean "board-2021-12-09"');
    const file = path.join(dir, 'board/2021-12-09.md');
    writeFileSync(file, readFileSync(file, 'utf8').concat('\n<!-- clerk: chase the Police update -->\n'));
    const before = readFileSync(file, 'utf8');
    expect(runSbp(['new-minutes', 'board-2021-12-09', '--dir', dir]).status).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('<!-- clerk: chase the Police update -->\n');
    expect(after.length).toBeGreaterThan(before.length);
    expect(runSbp(['new-minutes', 'board-2021-12-09', '--dir', dir]).status).toBe(1);
  });
});
