import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRepo, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

const MINIMAL = path.join(PROJECT_ROOT, 'test/fixtures/minimal');
const broken = () =>
  copyRepo(MINIMAL, {
    'board/2024-06-13.md': (t) =>
      t.replace('bob-vice, sara', 'bob-vise, sara').replace('## Police update', '## Polise update'),
  });

describe('sbp check', () => {
  it('exits 0 with a one-line summary on a clean repository', () => {
    const run = runSbp(['check', MINIMAL]);
    expect(run).toEqual({ status: 0, stdout: '✔ no problems in 6 files\n', stderr: '' });
  });

  it('prints file:line:column, code, message, code frame and hint, and exits 1', () => {
    const run = runSbp(['check', '.'], { cwd: broken() });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatchInlineSnapshot(`
      "board/2024-06-13.md:8:24 error unknown-person  unknown person "bob-vise" (did you mean "bob-vice"?)
        6 | status: minutes-approved
        7 | attendance:
      > 8 |   present: [ann-chair, bob-vise, sara-baker]
          |                        ^^^^^^^^
        9 |   alsoPresent:
        hint: Use a person id or initials from roster.yaml; add new people to roster.yaml first.

      board/2024-06-13.md:18:12 warning heading-missing  item 2 "Police update" has resolutions but no heading in the minutes
        16 |   - title: Apologies for absence
        17 |     kind: apologies
      > 18 |   - title: Police update
           |            ^^^^^^^^^^^^^
        19 |     resolutions:
        hint: Add "## Police update" to the minutes text, with the narrative under it.

      board/2024-06-13.md:45:1 error heading-unmatched  the heading "Polise update" matches no agenda item (did you mean "Police update"?)
        43 | Apologies were received from Rita Vale and Tom Sub attended as her substitute.
        44 | 
      > 45 | ## Polise update
           | ^
        hint: Make the heading the item's title as written in the front matter (optionally after its minute number), or add the item.

      ✖ 2 errors, 1 warning in 6 files
      "
    `);
  });

  it('writes stable JSON for scripts', () => {
    const run = runSbp(['check', '--format', 'json'], { cwd: broken() });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, files: 6 });
    expect(report.diagnostics[0]).toEqual({
      code: 'unknown-person',
      severity: 'error',
      file: 'board/2024-06-13.md',
      line: 8,
      column: 24,
      endLine: 8,
      endColumn: 32,
      message: 'unknown person "bob-vise" (did you mean "bob-vice"?)',
      hint: 'Use a person id or initials from roster.yaml; add new people to roster.yaml first.',
    });
  });

  it('writes GitHub workflow annotations with paths from the working directory', () => {
    const dir = broken();
    const run = runSbp(['check', path.basename(dir), '--format', 'github'], { cwd: path.dirname(dir) });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe(
      `::error file=${path.basename(dir)}/board/2024-06-13.md,line=8,col=24,endLine=8,endColumn=32,title=sbp unknown-person::unknown person "bob-vise" (did you mean "bob-vice"?)%0AUse a person id or initials from roster.yaml; add new people to roster.yaml first.`,
    );
  });

  it('fails on warnings only with --strict', () => {
    const dir = copyRepo(MINIMAL, { 'board/2024-06-13.md': (t) => t.replace('## Police update\n', '') });
    expect(runSbp(['check', dir]).status).toBe(0);
    expect(runSbp(['check', dir, '--strict']).status).toBe(1);
  });

  it('colours only when asked, and NO_COLOR wins', () => {
    expect(runSbp(['check', broken()], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(
      '\x1b[31merror',
    );
    expect(runSbp(['check', broken()], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('exits 2 with one line for a folder that does not exist or a bad flag', () => {
    expect(runSbp(['check', '/nonexistent/meetings'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'sbp check: /nonexistent/meetings does not exist: give the meetings repository (the folder that holds sbp.yaml) or a folder inside it\n',
    });
    const bad = runSbp(['check', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("argument 'xml' is invalid");
  });
});
