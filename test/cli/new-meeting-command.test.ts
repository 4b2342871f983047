import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

describe('sbp new-meeting', () => {
  it('writes the next meeting file, says what it wrote and what next, and sbp check accepts it', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    const run = runSbp(['new-meeting', '--body', 'board', '--date', '2022-03-17', '--dir', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^Wrote board\/2022-03-17\.md\n {2}minutes \d+ to \d+ \(standing items\), after board\/2021-12-09\.md\n/,
    );
    expect(run.stdout).toContain(
      'agenda dispatch 8 March 2022; questions on agenda reports by 5.00 pm on 11 March 2022; other questions by 3 March 2022',
    );
    expect(run.stdout).toContain("Next:\n  1. Add the meeting's own items and papers to board/2022-03-17.md.");
    const text = fs.readFileSync(path.join(dir, 'board/2022-03-17.md'), 'utf8');
    expect(text).toMatch(/^---\n# yaml-language-server: \$schema=/);
    expect(text).toContain('dispatched: "2022-03-08"\n');
    expect(runSbp(['check', dir])).toMatchObject({ status: 0 });
  });

  it('computes the dates across bank holidays: Christmas 2021 and the 2022 Jubilee', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    const january = runSbp(['new-meeting', '--body', 'board', '--date', '2022-01-06', '--dir', dir]);
    expect(january.stdout).toContain(
      'agenda dispatch 23 December 2021; questions on agenda reports by 5.00 pm on 30 December 2021; other questions by 20 December 2021',
    );
    const june = runSbp([
      'new-meeting',
      '--body',
      'board',
      '--date',
      '2022-06-09',
      '--time',
      '14:30',
      '--venue',
      'Council Chamber',
      '--dir',
      dir,
    ]);
    expect(june.stdout).toContain(
      'agenda dispatch 27 May 2022; questions on agenda reports by 5.00 pm on 1 June 2022; other questions by 24 May 2022',
    );
    expect(june.stdout).toContain('minutes 1 to');
    expect(fs.readFileSync(path.join(dir, 'board/2022-06-09.md'), 'utf8')).toContain(
      'time: "14:30"\nvenue: Council Chamber\n',
    );
  });

  it('never overwrites a file, and refuses a second meeting of a body on one date', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    const file = path.join(dir, 'board/2021-12-09.md');
    const before = fs.readFileSync(file, 'utf8');
    const again = runSbp(['new-meeting', '--body', 'board', '--date', '2021-12-09', '--dir', dir]);
    expect(again).toMatchObject({
      status: 1,
      stdout: '',
      stderr:
        'sbp new-meeting: the board already meets on 2021-12-09, in board/2021-12-09.md: edit that file, or choose another date\n',
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    // A file in the way that is not (yet) a meeting, e.g. a half-written draft.
    fs.writeFileSync(path.join(dir, 'board/2022-03-17.md'), 'draft');
    const blocked = runSbp(['new-meeting', '--body', 'board', '--date', '2022-03-17', '--dir', dir]);
    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain(
      'sbp new-meeting: board/2022-03-17.md already exists: sbp never overwrites a meeting file',
    );
    expect(fs.readFileSync(path.join(dir, 'board/2022-03-17.md'), 'utf8')).toBe('draft');
  });

  it('rejects bad flags as usage mistakes', () => {
    expect(runSbp(['new-meeting', '--body', 'board', '--date', '17/03/2022', '--dir', BUNDLED_MEETINGS])).toMatchObject(
      { status: 2, stderr: expect.stringContaining('--date 17/03/2022: expected a date written as YYYY-MM-DD') },
    );
    expect(
      runSbp(['new-meeting', '--body', 'board', '--date', '2022-03-17', '--time', '25:00', '--dir', BUNDLED_MEETINGS])
        .status,
    ).toBe(2);
    expect(runSbp(['new-meeting', '--body', 'bord', '--date', '2022-03-17', '--dir', BUNDLED_MEETINGS])).toMatchObject({
      status: 2,
      stderr: 'sbp new-meeting: unknown body "bord" (did you mean "board"?): give one of board\n',
    });
  });
});
