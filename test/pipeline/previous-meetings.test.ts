import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CODES } from '../../src/diagnostics/check-codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { decidePreviousMeeting } from '../../src/model/decide-previous-meeting.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'test/fixtures', name);
const show = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`);

describe('the previous meeting of every bundled meeting', () => {
  it('is the right one: in the repository, or declared where its file is missing, with the minutes the pack carries', async () => {
    const { repository, diagnostics } = await checkRepository(BUNDLED_MEETINGS, { bodies: 'outline' });
    expect(diagnostics).toEqual([]);
    const pairs = repository!.meetings.map((meeting) => {
      const previous = decidePreviousMeeting(repository!.meetings, meeting);
      const carries =
        previous.minutes.type === 'meeting'
          ? previous.minutes.meeting.id
          : `${previous.minutes.type} (${'why' in previous.minutes ? previous.minutes.why : ''})`;
      return `${meeting.id} follows ${previous.date} ${previous.meeting ? 'in the repository' : 'declared'}, carries ${carries}`;
    });
    expect(pairs).toEqual([
      // "The notes of the last meeting held on 13th March 2014 were received" (seed 002, minute 3).
      'board-2014-06-13 follows 2014-03-13 declared, carries none (declared-none)',
      // "Minutes of the previous meeting held on 29th November 2018" (seed 001, minute 58).
      'board-2019-03-14 follows 2018-11-29 declared, carries none (declared-none)',
      'board-2019-06-20 follows 2019-03-14 in the repository, carries board-2019-03-14',
      // "The minutes of the meeting held on the 17th of June 2021 were agreed" (seed 003, minute 29).
      'board-2021-09-09 follows 2021-06-17 declared, carries none (declared-none)',
      'board-2021-12-09 follows 2021-09-09 in the repository, carries board-2021-09-09',
    ]);
    // The declared meetings' last minutes carry the numbering on: 57-75 in March 2019, 28-40 in September 2021.
    const minutes = (id: string) => repository!.meetings.find((m) => m.id === id)!.items.map((i) => Number(i.minute));
    expect([minutes('board-2019-03-14')[0], minutes('board-2019-03-14').at(-1)]).toEqual([57, 75]);
    expect([minutes('board-2021-09-09')[0], minutes('board-2021-09-09').at(-1)]).toEqual([28, 40]);
    expect(minutes('board-2014-06-13')[0]).toBe(1);
  });

  it('is reported, located, when a declaration is removed from a copy', async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2021-09-09.md': (t) =>
        t.replace(
          /previousMeeting:\n {2}date: "2021-06-17"\n {2}lastMinute: 27\n {2}minutes: none\n/,
          'minuteStart: 28\n',
        ),
      'board/2014-06-13.md': (t) => t.replace(/previousMeeting:\n {2}date: "2014-03-13"\n {2}minutes: none\n/, ''),
    });
    const { diagnostics } = await checkRepository(dir);
    expect(show(diagnostics)).toEqual([
      'previous-meeting-unknown board/2014-06-13.md:28 there is no earlier meeting of the board in the repository, so item 3 "Minutes of last meeting / matters arising" has no minutes to carry',
      "previous-meeting-unknown board/2021-09-09.md:12 this meeting's minutes start at 28, so the board met earlier in the 2021/22 municipal year, but its latest earlier meeting in the repository is of 20 June 2019 (2019/20)",
    ]);
    expect(diagnostics[1].hint).toBe(
      'Declare the meeting before this one: previousMeeting: { date: "YYYY-MM-DD", lastMinute: 27, minutes: none } (or minutes: its minutes as a PDF paper); or add that meeting\'s file.',
    );
  });
});

describe('previous-meeting diagnostics, on named fixtures', () => {
  it('a previous meeting declared with its minutes as a PDF paper: clean, and the numbering continues from it', async () => {
    const { diagnostics, repository } = await checkRepository(fixture('previous-meeting-declared'));
    expect(diagnostics).toEqual([]);
    const december = repository!.meetings[1];
    expect(december.items.map((i) => i.minute)).toEqual(['10', '11', '12', '13']);
    expect(decidePreviousMeeting(repository!.meetings, december).minutes).toMatchObject({
      type: 'pdf',
      path: 'papers/2024-09-12/minutes.pdf',
    });
  });

  it('checks the declared minutes like any paper: a PDF that exists inside the repository', async () => {
    const edit = (to: string) =>
      copyRepo(fixture('previous-meeting-declared'), {
        'board/2024-12-12.md': (t) => t.replace('minutes: papers/2024-09-12/minutes.pdf', `minutes: ${to}`),
      });
    let { diagnostics } = await checkRepository(edit('papers/2024-09-12/missing.pdf'));
    expect(show(diagnostics)).toEqual([
      'paper-missing board/2024-12-12.md:11 paper papers/2024-09-12/missing.pdf does not exist',
    ]);
    ({ diagnostics } = await checkRepository(edit('../outside/minutes.pdf')));
    expect(show(diagnostics)).toEqual([
      'path-outside-repository board/2024-12-12.md:11 ../outside/minutes.pdf is outside the meetings repository',
    ]);
    ({ diagnostics } = await checkRepository(edit('papers/2024-09-12/minutes.md')));
    expect(diagnostics.map((d) => `${d.code} ${d.line} ${d.message}`)).toEqual([
      'schema-invalid 11 previousMeeting, minutes: expected the path of a PDF paper (ending .pdf), or none',
    ]);
  });

  it('previous-meeting-unknown: none in the repository, another municipal year, numbers not given', async () => {
    const { diagnostics } = await checkRepository(fixture('previous-meeting-unknown'));
    expect(show(diagnostics)).toEqual([
      'previous-meeting-unknown board/2024-06-13.md:11 there is no earlier meeting of the board in the repository, so item 2 "Minutes of the previous meeting held on 14th March 2024" has no minutes to carry',
      "previous-meeting-unknown board/2025-09-11.md:7 this meeting's minutes start at 12, so the board met earlier in the 2025/26 municipal year, but its latest earlier meeting in the repository is of 13 June 2024 (2024/25)",
      'previous-meeting-unknown board/2026-03-12.md:8 the previous meeting, of 15 January 2026, is in this municipal year but its last minute number is not given: sbp numbers this meeting from 15',
    ]);
    // The title's date goes into the fix.
    expect(diagnostics[0].hint).toBe(
      'Declare the meeting before this one: previousMeeting: { date: "2024-03-14", minutes: none } (or minutes: the path of its minutes as a PDF paper).',
    );
  });

  it('previous-minutes-unavailable: not written yet (unless the agenda is a draft), or declared without minutes', async () => {
    const { diagnostics } = await checkRepository(fixture('previous-minutes-unavailable'));
    expect(show(diagnostics)).toEqual([
      'previous-minutes-unavailable board/2024-12-12.md:11 the minutes of the meeting of 12 September 2024 (board/2024-09-12.md) are not written yet, so item 2 carries no paper',
      'previous-minutes-unavailable board/2025-03-13.md:8 previousMeeting does not say where the minutes of 13 February 2025 are, so item 2 carries no paper',
    ]);
    expect(diagnostics[1].hint).toBe(
      'Add minutes: the path of its minutes as a PDF paper, or minutes: none to print the item without them.',
    );
  });

  it('previous-meeting-conflict: a meeting in between, a date not before, a file in the repository, another year', async () => {
    const { diagnostics } = await checkRepository(fixture('previous-meeting-conflict'));
    expect(show(diagnostics)).toEqual([
      'previous-meeting-conflict board/2024-09-12.md:8 previousMeeting says the meeting before this one was on 16 May 2024, but the board also met on 13 June 2024 (board/2024-06-13.md)',
      'previous-meeting-conflict board/2024-12-12.md:8 the declared previous meeting (2025-01-16) is not before this meeting (2024-12-12)',
      'previous-meeting-conflict board/2025-03-13.md:8 the meeting of 12 December 2024 is in the repository (board/2024-12-12.md); previousMeeting is for a meeting whose file is not',
      "previous-meeting-conflict board/2025-09-11.md:8 the declared previous meeting of 10 April 2025 is in the 2024/25 municipal year, but this meeting's minutes start at 8: the board met between them",
    ]);
    expect(diagnostics[0].hint).toBe(
      'Remove previousMeeting (the meeting of 13 June 2024 is the previous one), or correct its date.',
    );
  });

  it('agenda-date-mismatch: a title naming another date than the previous meeting, in the repository or declared', async () => {
    const { diagnostics } = await checkRepository(fixture('agenda-date-mismatch'));
    expect(show(diagnostics)).toEqual([
      'agenda-date-mismatch board/2024-09-12.md:12 the title names 13 May 2024, but the previous meeting of the board was on 13 June 2024 (board/2024-06-13.md)',
      'agenda-date-mismatch board/2025-06-12.md:13 the title names 14 March 2025, but the previous meeting of the board was on 10 April 2025 (declared in previousMeeting)',
    ]);
  });

  it('reproduces the 14 March 2019 fault on a copy: the minutes of 13 June 2014 under a title naming 29th November 2018', async () => {
    // Without the declaration, and with minutes that (wrongly) start at 1, 13 June 2014 looks like the previous meeting.
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2019-03-14.md': (t) =>
        t.replace(/previousMeeting:\n {2}date: "2018-11-29"\n {2}lastMinute: 56\n {2}minutes: none\n/, ''),
    });
    rmSync(path.join(dir, 'board/2019-06-20.md'));
    rmSync(path.join(dir, 'board/2021-09-09.md'));
    rmSync(path.join(dir, 'board/2021-12-09.md'));
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.filter((d) => d.code === 'agenda-date-mismatch').map((d) => d.message)).toEqual([
      'the title names 29 November 2018, but the previous meeting of the board was on 13 June 2014 (board/2014-06-13.md)',
    ]);
  });

  it('every new code prints the example message its catalogue entry (and README) gives', async () => {
    const codes = [
      'previous-meeting-unknown',
      'previous-meeting-conflict',
      'previous-minutes-unavailable',
      'agenda-date-mismatch',
      'minute-letter-skipped',
      'action-stale',
    ] as const;
    const printed = new Set<string>();
    for (const name of [
      'previous-meeting-unknown',
      'previous-meeting-conflict',
      'previous-minutes-unavailable',
      'agenda-date-mismatch',
      'minute-numbering',
      'action-stale',
    ])
      for (const d of (await checkRepository(fixture(name))).diagnostics) printed.add(`${d.code} ${d.message}`);
    for (const code of codes) expect(printed, code).toContain(`${code} ${CHECK_CODES[code].example}`);
  });
});
