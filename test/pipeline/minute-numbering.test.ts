import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Repository } from '../../src/model/model-types.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { BUNDLED_MEETINGS, copyRepo, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const fixture = (name: string) => path.join(PROJECT_ROOT, 'test/fixtures', name);
const show = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`);
const minutesOf = (repository: Repository | undefined, date: string) =>
  repository!.meetings
    .find((m) => m.date === date)!
    .items.map((i) => [i.minute, ...i.items.map((s) => s.minute)].join(' '));

describe('minute numbers across gaps', () => {
  it('accepts minuteStart: 36 after a meeting that ended at 16 when the missing meeting is declared', async () => {
    const { diagnostics, repository } = await checkRepository(fixture('minute-gap-declared'));
    expect(diagnostics).toEqual([]);
    expect(minutesOf(repository, '2024-06-13')).toEqual(['14', '15', '16']);
    expect(minutesOf(repository, '2024-12-12')).toEqual(['36', '37', '38', '39']);
  });

  it('takes the numbers from the declared last minute as well as from minuteStart', async () => {
    const dir = copyRepo(fixture('minute-gap-declared'), {
      'board/2024-12-12.md': (t) =>
        t.replace('  minutes: none\nminuteStart: 36\n', '  lastMinute: 35\n  minutes: none\n'),
    });
    const { diagnostics, repository } = await checkRepository(dir);
    expect(diagnostics).toEqual([]);
    expect(minutesOf(repository, '2024-12-12')).toEqual(['36', '37', '38', '39']);
  });

  it('without the declaration reports one gap, whose hint names both ways out', async () => {
    const dir = copyRepo(fixture('minute-gap-declared'), {
      'board/2024-12-12.md': (t) => t.replace(/previousMeeting:\n {2}date: "2024-09-12"\n {2}minutes: none\n/, ''),
    });
    const { diagnostics } = await checkRepository(dir);
    expect(show(diagnostics)).toEqual([
      'minute-gap board/2024-12-12.md:8 minute numbers jump from 16 to 36: 17 to 35 are missing',
      // The title names a date the repository does not hold: the same fault seen from the agenda.
      'agenda-date-mismatch board/2024-12-12.md:12 the title names 12 September 2024, but the previous meeting of the board was on 13 June 2024 (board/2024-06-13.md)',
    ]);
    expect(diagnostics[0].hint).toBe(
      'If the board met after 13 June 2024 and that meeting\'s file is not in the repository, declare its numbers: previousMeeting: { date: "YYYY-MM-DD", lastMinute: 35 }; or add that meeting\'s file; otherwise start at 17.',
    );
  });

  it('reports a declared last minute that numbers already used', async () => {
    const dir = copyRepo(fixture('minute-gap-declared'), {
      'board/2024-12-12.md': (t) =>
        t.replace('  minutes: none\nminuteStart: 36\n', '  lastMinute: 12\n  minutes: none\n'),
    });
    const { diagnostics, repository } = await checkRepository(dir);
    expect(show(diagnostics)).toEqual([
      'minute-duplicate board/2024-12-12.md:10 the declared meeting of 12 September 2024 ends at minute 12, but minutes up to 16 were already used earlier in the 2024/25 municipal year',
    ]);
    expect(minutesOf(repository, '2024-12-12')[0]).toBe('17');
  });
});

describe('numbering diagnostics that say the real fault, each once', () => {
  it('tells a typo from a deliberate jump by the next explicit number, and checks sub-item letters', async () => {
    const { diagnostics, repository } = await checkRepository(fixture('minute-numbering'));
    expect(show(diagnostics)).toEqual([
      // A typo: item 7 says minute 7, so item 4 is 4, and the numbered headings after it still match.
      'minute-mismatch board/2024-06-13.md:16 this item is minute 4 in sequence, but says minute 40',
      // A deliberate jump (the next explicit number, 15, follows from 14): one gap.
      'minute-gap board/2024-09-12.md:15 minute numbers jump from 10 to 14: 11 to 13 are missing',
      // A first sub-item lettered c: taken, and reported.
      'minute-letter-skipped board/2024-09-12.md:22 sub-item minute 16c skips 16a and 16b',
      // 17b skips 17a on purpose (skippedMinutes: [17a]); 17a after it goes backwards.
      'minute-mismatch board/2024-09-12.md:30 this sub-item is minute 17c in sequence, but says minute 17a',
    ]);
    expect(diagnostics[0].hint).toBe('Item 7 says minute: 7, which follows from 4 here: write 4, or remove the key.');
    expect(minutesOf(repository, '2024-06-13')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(minutesOf(repository, '2024-09-12')).toEqual(['9', '10', '14', '15', '16 16c 16d', '17 17b 17c']);
  });

  it('gives one error for one wrong minute: in the bundled 14 March 2019, with no cascade into later meetings', async () => {
    // Police update is minute 63; "65" is a typo, told apart by the IOM sub-item's explicit 68b.
    const dir = copyRepo(BUNDLED_MEETINGS, {
      'board/2019-03-14.md': (t) =>
        t.replace('  - title: Police update\n', '  - title: Police update\n    minute: 65\n'),
    });
    const { diagnostics, repository } = await checkRepository(dir);
    expect(show(diagnostics)).toEqual([
      'minute-mismatch board/2019-03-14.md:76 this item is minute 63 in sequence, but says minute 65',
    ]);
    expect(diagnostics[0].hint).toBe(
      'Item 12 has a sub-item numbered 68b, which follows from 63 here: write 63, or remove the key.',
    );
    expect(repository!.actions.has('board-2019-03-14-m64')).toBe(true);
  });

  it('warns of the bundled skipped letter 68a unless skippedMinutes says it is deliberate', async () => {
    const dir = copyRepo(BUNDLED_MEETINGS, { 'board/2019-03-14.md': (t) => t.replace('skippedMinutes: [68a]\n', '') });
    const { diagnostics } = await checkRepository(dir);
    expect(show(diagnostics)).toEqual(['minute-letter-skipped board/2019-03-14.md:101 sub-item minute 68b skips 68a']);
    expect(diagnostics[0].hint).toBe(
      'Letter sub-items from a (write minute: 68a, or remove the key); if the printed minutes really skip it, say so: skippedMinutes: [68a].',
    );
  });
});
