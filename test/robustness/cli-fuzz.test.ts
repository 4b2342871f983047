import { readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

const MEETING = 'board/2019-03-14.md';
const PAPER = 'papers/2019-06-20/reducing-reoffending.md';

/** Damage done to a copy of the bundled repository, and the file the finding must name. */
const CASES: { name: string; file: string; damage(dir: string): void }[] = [
  {
    name: 'roster.yaml cut off mid-entry',
    file: 'roster.yaml',
    damage: (dir) => edit(dir, 'roster.yaml', (t) => t.slice(0, t.indexOf('memberships:') + 40)),
  },
  {
    name: 'invalid UTF-8 in a meeting',
    file: MEETING,
    damage: (dir) =>
      writeFileSync(
        path.join(dir, MEETING),
        Buffer.concat([
          readFileSync(path.join(dir, MEETING)).subarray(0, 900),
          Buffer.from([0xc3, 0x28, 0xff]),
          readFileSync(path.join(dir, MEETING)).subarray(900),
        ]),
      ),
  },
  {
    name: 'sbp.yaml holding a list instead of a mapping',
    file: 'sbp.yaml',
    damage: (dir) => writeFileSync(path.join(dir, 'sbp.yaml'), '- partnership\n- council\n'),
  },
  {
    name: 'deeply nested front matter',
    file: MEETING,
    damage: (dir) =>
      edit(dir, MEETING, (t) => t.replace('items:', `deep: ${'['.repeat(3000)}${']'.repeat(3000)}\nitems:`)),
  },
  {
    name: 'a paper that links to /etc/passwd',
    file: 'board/2019-06-20.md',
    damage: (dir) => {
      unlinkSync(path.join(dir, PAPER));
      symlinkSync('/etc/passwd', path.join(dir, PAPER));
    },
  },
  { name: 'an empty meeting file', file: MEETING, damage: (dir) => writeFileSync(path.join(dir, MEETING), '') },
  {
    name: 'front matter never closed',
    file: MEETING,
    damage: (dir) => edit(dir, MEETING, (t) => t.replace(/\n---\n/, '\n')),
  },
];

function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
}

describe('sbp check on damaged repositories, as a user runs it', () => {
  it.each(CASES)('$name: a located finding and exit 1, never a stack trace', ({ file, damage }) => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    damage(dir);
    const run = runSbp(['check', dir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
    expect(run.stdout).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:[1-9]\\d*:[1-9]\\d* error `, 'm'));
  });

  it('reports the same faults as JSON, every one with a line', () => {
    const dir = copyRepo(BUNDLED_MEETINGS);
    for (const c of CASES.slice(0, 3)) c.damage(dir);
    const run = runSbp(['check', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; code: string }[] };
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.line, `${d.file} ${d.code}`).toBeGreaterThanOrEqual(1);
  });
});
