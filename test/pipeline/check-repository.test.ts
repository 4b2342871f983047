import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CHECK_CODES } from '../../src/diagnostics/check-codes.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { copyRepo, findLine, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const MINIMAL = path.join(PROJECT_ROOT, 'test/fixtures/minimal');
const JUNE = 'board/2024-06-13.md';
const SEPT = 'board/2024-09-12.md';

/** Check a copy of the minimal fixture with one file edited; return the diagnostics. */
async function checkEdited(file: string, edit: (text: string) => string) {
  const dir = copyRepo(MINIMAL, { [file]: edit });
  const result = await checkRepository(dir);
  return { ...result, text: result.sources.get(file)?.text ?? '' };
}

describe('checkRepository on the minimal fixture', () => {
  it('finds nothing wrong and models minute numbers and actions', async () => {
    const { diagnostics, repository } = await checkRepository(MINIMAL);
    expect(diagnostics).toEqual([]);
    const june = repository!.meetings[0];
    expect(june.items.map((i) => [i.number, i.minute])).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '3'],
      ['4', '4'],
    ]);
    expect(june.items[2].items.map((i) => i.minute)).toEqual(['3a', '3b']);
    expect([...repository!.actions.keys()]).toEqual([
      'board-2024-06-13-m3a',
      'board-2024-06-13-m3b-1',
      'board-2024-06-13-m3b-2',
    ]);
    // SB clashes (Sara Baker, Simon Bell): the roster decides by who sat on the board that day.
    expect(repository!.actions.get('board-2024-06-13-m3b-2')!.owners[0]).toEqual({
      label: 'SB',
      personId: 'sara-baker',
    });
    expect(june.items[2].items[1].postNotes).toHaveLength(1);
  });
});

const cases: {
  name: string;
  file: string;
  edit: (t: string) => string;
  code: keyof typeof CHECK_CODES;
  line: (t: string) => number;
  column?: number;
}[] = [
  {
    name: 'unknown person with did-you-mean',
    file: JUNE,
    edit: (t) => t.replace('present: [ann-chair, bob-vice, sara-baker]', 'present: [ann-chair, bob-vice, sara-bakker]'),
    code: 'unknown-person',
    line: (t) => findLine(t, 'sara-bakker'),
  },
  {
    name: 'unknown owner',
    file: JUNE,
    edit: (t) => t.replace('owners: [SB, RV]', 'owners: [XB, RV]'),
    code: 'unknown-owner',
    line: (t) => findLine(t, 'XB'),
  },
  {
    name: 'present and apologies',
    file: JUNE,
    edit: (t) =>
      t.replace('present: [ann-chair, bob-vice, sara-baker]', 'present: [ann-chair, bob-vice, sara-baker, rita-vale]'),
    code: 'present-and-apologies',
    line: (t) => findLine(t, '- person: rita-vale'),
  },
  {
    name: 'substitute for a non-member',
    file: JUNE,
    edit: (t) => t.replace('- person: rita-vale', '- person: simon-bell'),
    code: 'substitute-not-member',
    line: (t) => findLine(t, 'substitute: tom-sub'),
  },
  {
    name: 'chair not present',
    file: JUNE,
    edit: (t) => t.replace('status: minutes-approved', 'status: minutes-approved\nchair: rita-vale'),
    code: 'chair-not-present',
    line: (t) => findLine(t, 'chair: rita-vale'),
  },
  {
    name: 'one of two joint chairmen not present',
    file: JUNE,
    edit: (t) =>
      t.replace('status: minutes-approved', 'status: minutes-approved\nchair:\n  - ann-chair\n  - rita-vale'),
    code: 'chair-not-present',
    line: (t) => findLine(t, '  - rita-vale'),
  },
  {
    name: 'unknown person given a title for the meeting',
    file: JUNE,
    edit: (t) =>
      t.replace(
        'present: [ann-chair, bob-vice, sara-baker]',
        'present: [ann-chair, bob-vice, { person: sara-bakker, title: Acting Head }]',
      ),
    code: 'unknown-person',
    line: (t) => findLine(t, 'sara-bakker'),
  },
  {
    name: 'member of the wrong body at that date',
    file: JUNE,
    edit: (t) =>
      t.replace('present: [ann-chair, bob-vice, sara-baker]', 'present: [ann-chair, bob-vice, sara-baker, simon-bell]'),
    code: 'not-a-member',
    line: (t) => findLine(t, 'simon-bell'),
  },
  {
    name: 'explicit minute number that jumps',
    file: JUNE,
    edit: (t) => t.replace('  - title: Any other business', '  - title: Any other business\n    minute: 7'),
    code: 'minute-gap',
    line: (t) => findLine(t, 'minute: 7'),
  },
  {
    name: 'explicit minute number already used',
    file: SEPT,
    edit: (t) => t.replace('status: agenda-published', 'status: agenda-published\nminuteStart: 2'),
    code: 'minute-duplicate',
    line: (t) => findLine(t, 'minuteStart: 2'),
  },
  {
    name: 'two meetings of a body on one date',
    file: SEPT,
    edit: (t) => t.replace('date: "2024-09-12"', 'date: "2024-06-13"'),
    code: 'meeting-duplicate',
    line: (t) => findLine(t, 'date: "2024-06-13"'),
  },
  {
    name: 'missing paper',
    file: SEPT,
    edit: (t) => t.replace('community-impact-days.md', 'community-impact-dayz.md'),
    code: 'paper-missing',
    line: (t) => findLine(t, 'dayz'),
  },
  {
    name: 'paper outside the repository',
    file: SEPT,
    edit: (t) => t.replace('papers/2024-09-12/community-impact-days.md', '../../etc/passwd.md'),
    code: 'path-outside-repository',
    line: (t) => findLine(t, 'etc/passwd'),
  },
  {
    name: 'update naming an unknown action',
    file: SEPT,
    edit: (t) => t.replace('action: board-2024-06-13-m3a', 'action: board-2024-06-13-m3c'),
    code: 'update-unknown-action',
    line: (t) => findLine(t, 'm3c'),
  },
  {
    name: 'heading matching no item',
    file: JUNE,
    edit: (t) => t.replace('## Police update', '## Polise update'),
    code: 'heading-unmatched',
    line: (t) => findLine(t, '## Polise'),
  },
  {
    name: 'item with resolutions but no heading',
    file: JUNE,
    edit: (t) => t.replace('## Police update\n', ''),
    code: 'heading-missing',
    line: (t) => findLine(t, '- title: Police update'),
  },
  {
    name: 'impossible calendar date',
    file: JUNE,
    edit: (t) => t.replace('due: "2024-09-01"', 'due: "2024-02-30"'),
    code: 'schema-invalid',
    line: (t) => findLine(t, '2024-02-30'),
  },
  {
    name: 'meeting ending before it began',
    file: JUNE,
    edit: (t) => t.replace('ended: "11:45"', 'ended: "09:15"'),
    code: 'date-impossible',
    line: (t) => findLine(t, 'ended:'),
  },
  {
    name: 'tab indentation',
    file: JUNE,
    edit: (t) => t.replace('  present: [', '\tpresent: ['),
    code: 'yaml-syntax',
    line: (t) => findLine(t, '\tpresent'),
  },
  {
    name: 'duplicate key',
    file: JUNE,
    edit: (t) => t.replace('time: "10:00"\n', 'time: "10:00"\ntime: "11:00"\n'),
    code: 'yaml-duplicate-key',
    line: (t) => findLine(t, 'time: "11:00"'),
  },
  {
    name: 'wrong type deep in the tree',
    file: JUNE,
    edit: (t) => t.replace('due: "2024-09-01"', 'due: [2024]'),
    code: 'schema-invalid',
    line: (t) => findLine(t, 'due: [2024]'),
  },
  {
    name: 'unknown nested key with did-you-mean',
    file: JUNE,
    edit: (t) => t.replace('            due: "2024-09-01"', '            dew: "2024-09-01"'),
    code: 'unknown-key',
    line: (t) => findLine(t, 'dew:'),
  },
  {
    name: 'an item heading written twice',
    file: JUNE,
    edit: (t) => `${t}\n## Police update\n\nMore.\n`,
    code: 'heading-duplicate',
    line: (t) => findLine(t, '## Police update', 50),
  },
  {
    name: 'text before the first heading',
    file: JUNE,
    edit: (t) => t.replace('---\n\n## Apologies', '---\n\nStray words.\n\n## Apologies'),
    code: 'text-outside-item',
    line: (t) => findLine(t, 'Stray words'),
  },
  {
    name: 'a RESOLVED paragraph in the minutes text',
    file: JUNE,
    edit: (t) => t.replace('The police update was provided by the Chairman.', 'RESOLVED that the update is noted.'),
    code: 'resolution-in-body',
    line: (t) => findLine(t, 'RESOLVED that the update'),
  },
  {
    name: 'a sub-item minute letter that goes backwards',
    file: JUNE,
    edit: (t) =>
      t.replace(
        '      - title: Offender management sub-group update\n',
        '      - title: Offender management sub-group update\n        minute: 3a\n',
      ),
    code: 'minute-mismatch',
    line: (t) => findLine(t, 'minute: 3a'),
  },
  {
    name: 'a file named for another day',
    file: SEPT,
    edit: (t) => t.replace('date: "2024-09-12"', 'date: "2024-09-19"'),
    code: 'file-name-mismatch',
    line: (t) => findLine(t, '2024-09-19'),
  },
  {
    name: 'a body sbp.yaml does not define',
    file: SEPT,
    edit: (t) => t.replace('body: board', 'body: bord'),
    code: 'unknown-body',
    line: (t) => findLine(t, 'body: bord'),
  },
  {
    name: 'minutes in a file whose status is an agenda',
    file: JUNE,
    edit: (t) => t.replace('status: minutes-approved', 'status: agenda-published'),
    code: 'status-mismatch',
    line: (t) => findLine(t, 'status: agenda-published'),
  },
  {
    name: 'a Part 2 paper in a public item',
    file: SEPT,
    edit: (t) => t.replace('    exempt: { paragraph: 3 }\n', ''),
    code: 'exempt-paper-public-item',
    line: (t) => findLine(t, 'knife-crime-plan.md'),
  },
  {
    name: 'two people with one id',
    file: 'roster.yaml',
    edit: (t) => t.replace('  - id: tom-sub', '  - id: rita-vale'),
    code: 'duplicate-id',
    line: (t) => findLine(t, '- id: rita-vale', 12),
  },
  {
    name: 'overlapping memberships',
    file: 'roster.yaml',
    edit: (t) =>
      t.replace(
        '  - { person: rita-vale, body: board, from: "2024-05-01" }\n',
        '  - { person: rita-vale, body: board, from: "2024-05-01" }\n  - { person: rita-vale, body: board, from: "2024-06-01" }\n',
      ),
    code: 'membership-overlap',
    line: (t) => findLine(t, 'from: "2024-06-01"'),
  },
  {
    name: 'an update in the same meeting twice',
    file: SEPT,
    edit: (t) => t.replace('updates:\n', 'updates:\n  - action: board-2024-06-13-m3b-2\n    text: First word.\n'),
    code: 'update-duplicate',
    line: (t) => findLine(t, 'action: board-2024-06-13-m3b-2', findLine(t, 'action: board-2024-06-13-m3b-2')),
  },
  {
    name: 'due date before the meeting',
    file: JUNE,
    edit: (t) => t.replace('due: "2024-09-01"', 'due: "2024-06-01"'),
    code: 'due-before-meeting',
    line: (t) => findLine(t, 'due: "2024-06-01"'),
  },
];

describe('checkRepository reports each fault at its line', () => {
  it.each(cases)('$name → $code', async ({ file, edit, code, line }) => {
    const { diagnostics, text } = await checkEdited(file, edit);
    const found = diagnostics.filter((d) => d.code === code);
    expect(
      found.map((d) => `${d.file}:${d.line}`),
      JSON.stringify(diagnostics, null, 1),
    ).toContain(`${file}:${line(text)}`);
    for (const d of found) expect(d.message.length).toBeGreaterThan(10);
  });

  it('suggests the nearest person id', async () => {
    const { diagnostics } = await checkEdited(JUNE, (t) => t.replace('bob-vice, sara', 'bob-vise, sara'));
    expect(diagnostics.find((d) => d.code === 'unknown-person')?.message).toBe(
      'unknown person "bob-vise" (did you mean "bob-vice"?)',
    );
  });

  it('reports initials shared by two current members as ambiguous', async () => {
    const dir = copyRepo(MINIMAL, { 'roster.yaml': (t) => t.replace('until: "2023-04-30"', 'until: "2025-04-30"') });
    const { diagnostics } = await checkRepository(dir);
    const ambiguous = diagnostics.filter((d) => d.code === 'ambiguous-initials');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0].message).toBe(
      'the initials "SB" could mean Sara Baker (sara-baker) or Simon Bell (simon-bell) on 2024-06-13',
    );
  });
});

describe('checkRepository on files that are not what they should be', () => {
  const broken: [string, string | Buffer, keyof typeof CHECK_CODES, number][] = [
    ['empty file', '', 'file-empty', 1],
    ['no front matter', '# Minutes\n', 'front-matter-missing', 1],
    ['unterminated front matter', '---\nbody: board\ndate: "2024-11-14"\n', 'front-matter-unterminated', 1],
    ['binary', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]), 'file-binary', 2],
    [
      'not UTF-8',
      Buffer.concat([Buffer.from('---\nbody: board\nvenue: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
      'file-encoding',
      3,
    ],
  ];
  it.each(broken)('%s → %s, and the other files are still checked', async (_name, content, code, line) => {
    const dir = copyRepo(MINIMAL);
    writeFileSync(path.join(dir, 'board/2024-11-14.md'), content);
    writeFileSync(path.join(dir, SEPT), '---\nbody: board\n---\n');
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.find((d) => d.file === 'board/2024-11-14.md')).toMatchObject({ code, line });
    // The other broken file is still reported: one bad file never hides the rest.
    expect(diagnostics.some((d) => d.file === SEPT && d.code === 'schema-invalid')).toBe(true);
  });

  it('refuses a meeting file that links outside the repository', async () => {
    const dir = copyRepo(MINIMAL);
    symlinkSync('/etc/hostname', path.join(dir, 'board/2024-12-12.md'));
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'path-outside-repository', file: 'board/2024-12-12.md' }),
    );
  });

  it('reports a body over the size limit without reading it', async () => {
    const dir = copyRepo(MINIMAL);
    writeFileSync(path.join(dir, 'board/2024-11-14.md'), `---\nbody: board\n---\n${'x'.repeat(5 * 1024 * 1024)}`);
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.find((d) => d.file === 'board/2024-11-14.md')?.code).toBe('file-too-large');
  });

  it('reports initials that now mean someone no longer on any body', async () => {
    const dir = copyRepo(MINIMAL, {
      'roster.yaml': (t) =>
        t
          .replace('until: "2023-04-30"', 'until: "2024-01-31"')
          .replace('    initials: SB\n  - id: tom-sub', '    initials: SBX\n  - id: tom-sub'),
      [JUNE]: (t) => t.replace('owners: [SB, RV]', 'owners: [SBX, RV]'),
    });
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.find((d) => d.code === 'owner-not-current')).toMatchObject({
      file: JUNE,
      message: '"SBX" means Simon Bell, who is not a member of any body on 2024-06-13',
    });
  });

  it('reports a missing roster', async () => {
    const dir = copyRepo(MINIMAL);
    rmSync(path.join(dir, 'roster.yaml'));
    const { diagnostics } = await checkRepository(dir);
    expect(diagnostics.map((d) => d.code)).toEqual(['roster-missing']);
  });

  it('reports a missing config and still checks the roster', async () => {
    const dir = copyRepo(MINIMAL);
    rmSync(path.join(dir, 'sbp.yaml'));
    writeFileSync(path.join(dir, 'roster.yaml'), 'people:\n  - id: Bad Id\n');
    const { diagnostics, repository } = await checkRepository(dir);
    expect(repository).toBeUndefined();
    expect(diagnostics.map((d) => `${d.code}@${d.file}:${d.line}`)).toEqual([
      'schema-invalid@roster.yaml:2',
      'schema-invalid@roster.yaml:2',
      'config-missing@sbp.yaml:0',
    ]);
  });
});
