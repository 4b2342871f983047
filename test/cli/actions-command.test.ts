import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

interface ReportJson {
  meeting: string;
  rows: {
    minute: string;
    date: string;
    resolutions: { id: string; completed: boolean }[];
    updates: { text: string; covers: string[] }[];
  }[];
}

function report(meeting: string): ReportJson {
  const run = runSbp(['actions', BUNDLED_MEETINGS, '--report', meeting, '--format', 'json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReportJson;
}

const minutesOf = (rows: ReportJson['rows']) => [...new Set(rows.map((r) => `${r.minute} of ${r.date}`))];

describe('sbp actions --report (Matters Arising)', () => {
  it('reproduces seed 001: 20 June 2019 lists minutes 64, 65, 68b, 70 and 74 of 14 March 2019', () => {
    const { rows } = report('board-2019-06-20');
    expect(minutesOf(rows)).toEqual(['64', '65', '68b', '70', '74'].map((m) => `${m} of 2019-03-14`));
    // One row per minute, as Appendix A prints them.
    expect(rows.map((r) => r.minute)).toEqual(['64', '65', '68b', '70', '74']);
    expect(rows.find((r) => r.minute === '70')).toMatchObject({
      resolutions: [{ id: 'board-2019-03-14-m70', completed: true }],
      updates: [{ text: 'The update has been disseminated via the Committee Clerk and so this matter is now closed.' }],
    });
    // The same IOM reply was written on both resolutions of minute 68b: it is one update covering both.
    expect(rows.find((r) => r.minute === '68b')?.updates).toEqual([
      expect.objectContaining({ covers: ['board-2019-03-14-m68b-1', 'board-2019-03-14-m68b-2'] }),
    ]);
  });

  it('reproduces seed 003: 9 December 2021 lists minutes 32, 32a, 34, 35, 36, 37 and 39 of 9 September 2021', () => {
    const { rows } = report('board-2021-12-09');
    expect(minutesOf(rows)).toEqual(['32', '32a', '34', '35', '36', '37', '39'].map((m) => `${m} of 2021-09-09`));
  });

  it('agrees with sbp actions --open as at the meeting', () => {
    for (const meeting of ['board-2019-06-20', 'board-2021-12-09']) {
      const { rows } = report(meeting);
      const date = meeting.slice(-10);
      const run = runSbp([
        'actions',
        '--dir',
        BUNDLED_MEETINGS,
        '--open',
        '--body',
        'board',
        '--as-of',
        date,
        '--format',
        'json',
      ]);
      const open = (JSON.parse(run.stdout).actions as { id: string; date: string }[])
        .filter((a) => a.date < date)
        .map((a) => a.id);
      expect(open).toEqual(rows.flatMap((r) => r.resolutions.filter((a) => !a.completed).map((a) => a.id)));
    }
  });

  it('prints the report as Markdown, grouped by minute as the seeds lay it out', () => {
    const run = runSbp(['actions', BUNDLED_MEETINGS, '--report', 'board/2019-06-20.md', '--format', 'markdown']);
    expect(run.status).toBe(0);
    // The report is titled as the agenda of 20 June 2019 names it ("MATTERS OUTSTANDING" in seed 001).
    expect(run.stdout).toMatch(
      /^# Matters outstanding: Safer Bromley Partnership Strategic Group, 20 June 2019\n\n\| Minute \| Matters arising \| Owner \| Update \|\n/,
    );
    expect(run.stdout).toContain(
      'Sellwood. **Completed.** | BK | The update has been disseminated via the Committee Clerk and so this matter is now closed. |',
    );
    expect(run.stdout).toContain('| (1) SB<br>(2) AM/RV | (1) Contact was made as per the resolution.');
    expect(run.stdout).toContain('(2) No update received. |');
  });

  it("says of an action with no update what sbp.yaml's mattersArising.noUpdate says", () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'sbp.yaml': (t) => `${t.trimEnd()}\nmattersArising:\n  noUpdate: Awaiting update from the owner.\n`,
    });
    const run = runSbp(['actions', dir, '--report', 'board-2019-06-20', '--format', 'markdown']);
    expect(run.stdout).toContain('(2) Awaiting update from the owner. |');
    expect(runSbp(['actions', BUNDLED_MEETINGS, '--report', 'board-2019-06-20']).stdout).toContain(
      '(2) No update received.',
    );
  });

  it('names the nearest meetings when the meeting is unknown, and exits 2 as build does', () => {
    const run = runSbp(['actions', BUNDLED_MEETINGS, '--report', 'board-2019-06-21']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^sbp actions: --report: no meeting "board-2019-06-21" \(did you mean "board-2019-06-20"/,
    );
    const build = runSbp(['build', 'board-2019-06-21', '--dir', BUNDLED_MEETINGS]);
    expect(build.status).toBe(2);
    expect(build.stderr).toMatch(/^sbp build: no meeting "board-2019-06-21" \(did you mean "board-2019-06-20"/);
  });
});

describe('sbp actions', () => {
  it('lists open actions in a table that fits the terminal, with age and latest update', () => {
    const wide = runSbp(['actions', BUNDLED_MEETINGS, '--as-of', '2019-06-20'], { env: { COLUMNS: '120' } });
    expect(wide.status).toBe(0);
    const lines = wide.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ACTION +OWNERS +STATUS +AGE +RESOLUTION \/ LATEST UPDATE$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
    expect(wide.stdout).toMatch(/^board-2019-03-14-m64 +AM\/RV +open +1 mtg, 98 d +64: the update is noted/m);
    expect(wide.stdout).toMatch(/^ +↳ 2019-06-20: The item will be updated/m);
    // A narrow terminal: the text moves under each row instead of being cut to nothing.
    const narrow = runSbp(['actions', BUNDLED_MEETINGS, '--as-of', '2019-06-20'], { env: { COLUMNS: '60' } });
    for (const line of narrow.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
    expect(narrow.stdout).toMatch(/^board-2019-03-14-m64 +AM\/RV +open +1 mtg, 98 d\n {4}64: the update is noted/m);
  });

  it('writes stable JSON with every field', () => {
    const run = runSbp([
      'actions',
      BUNDLED_MEETINGS,
      '--all',
      '--owner',
      'bk',
      '--as-of',
      '2019-06-20',
      '--format',
      'json',
    ]);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      version: 1,
      audience: 'public',
      asOf: '2019-06-20',
      filters: { status: 'all', owner: 'bk', body: null, since: null, overdue: false },
      count: 1,
    });
    expect(Object.keys(json.actions[0])).toEqual([
      'id',
      'body',
      'meeting',
      'date',
      'minute',
      'title',
      'text',
      'owners',
      'due',
      'standing',
      'status',
      'closedOn',
      'supersededBy',
      'overdue',
      'age',
      'lastUpdate',
      'updates',
      'file',
      'exempt',
      'withheld',
    ]);
    expect(json.actions[0]).toMatchObject({
      id: 'board-2019-03-14-m70',
      status: 'completed',
      closedOn: '2019-06-20',
      age: { days: 98, meetings: 1 },
      owners: [{ label: 'BK' }],
    });
  });

  it('writes RFC 4180 CSV and filters completed actions since a date', () => {
    const run = runSbp(['actions', BUNDLED_MEETINGS, '--completed', '--since', '2021-01-01', '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'id,body,meeting,date,minute,title,text,owners,due,standing,status,closed_on,superseded_by,overdue,age_days,age_meetings,last_update_date,last_update_text,exempt_paragraph,audience',
    );
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^board-2021-\S+,board,.*,completed,.*,public$/);
  });

  it('refuses a date that is not YYYY-MM-DD, and conflicting status flags', () => {
    expect(runSbp(['actions', BUNDLED_MEETINGS, '--since', '2021-13-01'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--since 2021-13-01: expected a date written as YYYY-MM-DD'),
    });
    expect(runSbp(['actions', BUNDLED_MEETINGS, '--open', '--all']).status).toBe(2);
  });

  it('still lists from a repository with errors, with a one-line warning, and exits 1 for the errors', () => {
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2019-06-20.md': (t) => t.replace('action: board-2019-03-14-m64', 'action: board-2019-03-14-m46'),
    });
    const run = runSbp(['actions', '--dir', dir, '--as-of', '2019-06-20', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).count).toBeGreaterThan(0);
    expect(run.stderr).toBe('sbp actions: warning: 1 error in the repository: run sbp check\n');
    const check = runSbp(['check', dir]);
    expect(check.stdout).toContain(
      'error update-unknown-action  no action "board-2019-03-14-m46"; nearest: board-2019-03-14-m64',
    );
  });
});

describe('sbp actions and exempt (Part 2) items', () => {
  // The reproduction: minute 64 of 14 March 2019 made exempt, with a unique word in its resolution.
  const dir = copyRepo(BUNDLED_MEETINGS, {
    'board/2019-03-14.md': (t) =>
      t.replace(
        '    resolutions:\n      - text: the update is noted and a further update',
        '    exempt: { paragraph: 3 }\n    resolutions:\n      - text: the ZQLEAKWORD update is noted and a further update',
      ),
  });
  const run = (...args: string[]) => {
    const result = runSbp(['actions', dir, '--as-of', '2019-06-20', ...args], { env: { COLUMNS: '200' } });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };

  it('lists an exempt action in every format only by its minute and paragraph', () => {
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      const out = run('--format', format);
      expect(out, format).not.toContain('ZQLEAKWORD');
      expect(out, format).not.toContain('AM/RV  open');
      expect(out, format).toMatch(/board-2019-03-14-m64-exempt/);
    }
    expect(run()).toMatch(/^board-2019-03-14-m64-exempt +open .* 64: Not for publication \(exempt: paragraph 3\)\.$/m);
    const json = JSON.parse(run('--format', 'json'));
    expect(json.audience).toBe('public');
    expect(json.actions.find((a: { minute: string }) => a.minute === '64')).toMatchObject({
      text: '',
      owners: [],
      exempt: { paragraph: 3 },
      withheld: true,
      updates: [],
    });
    for (const format of ['table', 'json', 'markdown']) {
      const report = runSbp(['actions', dir, '--report', 'board-2019-06-20', '--format', format]).stdout;
      expect(report, format).not.toContain('ZQLEAKWORD');
      expect(report, format).not.toContain('Betty McDonald');
      expect(report, format).toMatch(/exempt: paragraph 3|"exempt": \{\s+"paragraph": 3/);
    }
  });

  it("gives the members' view with --full, marked in every format", () => {
    expect(run('--full')).toMatch(/^MEMBERS' VIEW: includes exempt \(Part 2\) business\. NOT FOR PUBLICATION\.\n/);
    expect(run('--full')).toContain('64: [NOT FOR PUBLICATION, exempt: paragraph 3] the ZQLEAKWORD update is noted');
    const members = JSON.parse(run('--full', '--format', 'json'));
    expect(members.audience).toBe('members');
    expect(members.actions.find((a: { minute: string }) => a.minute === '64')).toMatchObject({
      id: 'board-2019-03-14-m64',
      text: expect.stringContaining('ZQLEAKWORD'),
      exempt: { paragraph: 3 },
      withheld: false,
    });
    expect(run('--full', '--format', 'csv')).toMatch(/^board-2019-03-14-m64,.*ZQLEAKWORD.*,3,members\r$/m);
    expect(run('--full', '--format', 'markdown')).toMatch(/^> \*\*MEMBERS' VIEW: .*\*\*\n\n\| Action/);
    const report = runSbp(['actions', dir, '--report', 'board-2019-06-20', '--full']).stdout;
    expect(report).toMatch(/^MEMBERS' VIEW/);
    expect(report).toContain('ZQLEAKWORD');
  });
});
