import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Repository } from '../../src/model/model-types.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { type ScaffoldedMeeting, scaffoldMeeting } from '../../src/scaffold/scaffold-meeting.js';
import { BUNDLED_MEETINGS, copyRepo } from '../helpers/make-temp-repo.js';

let root: string;
let repository: Repository;

beforeAll(async () => {
  root = copyRepo(BUNDLED_MEETINGS);
  repository = (await checkRepository(root)).repository!;
});

function scaffold(date: string, extra: { time?: string; venue?: string } = {}): ScaffoldedMeeting {
  const result = scaffoldMeeting(repository, { bodyId: 'board', date, ...extra });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

/** Diagnostics sbp check reports about one file after writing `text` to it. */
async function checkWith(file: string, text: string) {
  fs.writeFileSync(path.join(root, file), text);
  try {
    const result = await checkRepository(root);
    return { diagnostics: result.diagnostics.filter((d) => d.file === file), repository: result.repository! };
  } finally {
    fs.rmSync(path.join(root, file));
  }
}

describe('scaffoldMeeting', () => {
  it('writes the standing items, next minute numbers, generated papers and computed dispatch', () => {
    const plan = scaffold('2022-03-17');
    const front = parse(plan.text.split('---\n')[1]);
    expect(plan.path).toBe('board/2022-03-17.md');
    expect(front).toMatchObject({
      body: 'board',
      date: '2022-03-17',
      time: '10:00',
      status: 'draft-agenda',
      dispatched: '2022-03-08',
    });
    const kinds = repository.bodies.get('board')!.standingItems.map((s) => s.kind);
    expect(front.items.map((i: { kind?: string }) => i.kind)).toEqual(kinds);
    expect(front.items.find((i: { kind?: string }) => i.kind === 'previous-minutes')).toMatchObject({
      title: 'Minutes of the previous meeting held on 9th December 2021',
      papers: [{ generate: 'previous-minutes' }],
    });
    expect(front.items.find((i: { kind?: string }) => i.kind === 'matters-arising').papers).toEqual([
      { generate: 'matters-arising' },
    ]);
    const december = repository.meetings.find((m) => m.id === 'board-2021-12-09')!;
    const lastMinute = Math.max(...december.items.map((i) => Number.parseInt(i.minute, 10)));
    expect(plan.minutes).toEqual({ first: lastMinute + 1, last: lastMinute + front.items.length });
    expect(plan.text).toContain(`- title: Apologies for absence # minute ${lastMinute + 1}`);
  });

  it('restarts minute numbers at 1 in a new municipal year and computes deadlines across the Jubilee', () => {
    const plan = scaffold('2022-06-09', { time: '14:00', venue: 'Bromley Civic Centre' });
    expect(plan.minutes.first).toBe(1);
    expect(plan.deadlines).toEqual({
      dispatch: '2022-05-27',
      agendaQuestions: { date: '2022-06-01', time: '17:00' },
      otherQuestions: '2022-05-24',
    });
    expect(plan.text).toContain('time: "14:00"\nvenue: Bromley Civic Centre\n');
  });

  it('titles the previous minutes by the previous meeting as the model decides it, or says how to declare one', () => {
    const front = (text: string) => parse(text.split('---\n')[1]);
    const previousMinutes = (text: string) =>
      front(text).items.find((i: { kind?: string }) => i.kind === 'previous-minutes').title;
    expect(previousMinutes(scaffold('2022-03-17').text)).toBe(
      'Minutes of the previous meeting held on 9th December 2021',
    );
    // Before the first bundled meeting nothing is known: no "held on", and a comment says how to declare it.
    const first = scaffold('2013-06-13');
    expect(first.previous).toBeUndefined();
    expect(previousMinutes(first.text)).toBe('Minutes of the previous meeting');
    expect(first.text).toContain(
      '# No earlier meeting of the board is in the repository. If it met before, declare that meeting below, e.g.\n# previousMeeting: { date: "YYYY-MM-DD", lastMinute: 12, minutes: none }',
    );
  });

  it('lists every open action awaiting an update, and the members at that date, as comments', () => {
    const plan = scaffold('2022-03-17');
    const open = [...repository.actions.values()].filter((a) => a.status === 'open' && a.bodyId === 'board');
    expect(plan.openActions.map((a) => a.id)).toEqual(open.map((a) => a.id));
    for (const action of open) expect(plan.text).toContain(`#   - action: ${action.id}\n`);
    expect(plan.text).toMatch(/^# attendance:\n# {3}present:\n# {5}- \S+ # (Joint )?Chairman$/m);
  });

  it('refuses a second meeting of a body on one date, and an unknown body', () => {
    expect(scaffoldMeeting(repository, { bodyId: 'board', date: '2021-12-09' })).toMatchObject({
      ok: false,
      problem: 'the board already meets on 2021-12-09, in board/2021-12-09.md',
    });
    expect(scaffoldMeeting(repository, { bodyId: 'bord', date: '2022-03-17' })).toMatchObject({
      ok: false,
      problem: 'unknown body "bord" (did you mean "board"?)',
    });
  });

  it('warns of a meeting on a bank holiday', () => {
    expect(scaffold('2022-06-03').warnings).toEqual([
      'Friday 3 June 2022 is not a working day (a weekend, bank holiday or closure day).',
    ]);
  });

  it('writes a file sbp check accepts, and still accepts once the clerk uncomments the updates', async () => {
    const plan = scaffold('2022-03-17');
    expect((await checkWith(plan.path, plan.text)).diagnostics).toEqual([]);
    // As an editor's "toggle comment" on the block from "# updates:" down: each line loses its "# ".
    const [head, block] = plan.text.split(/(?=^# updates:$)/m);
    const filled = head + block.replace(/^# /gm, '').replace(/^(\s+text:)$/gm, '$1 Update received.');
    const { diagnostics, repository: after } = await checkWith(plan.path, filled);
    expect(diagnostics).toEqual([]);
    const [first] = plan.openActions;
    expect(after.actions.get(first.id)?.updates.at(-1)).toMatchObject({ date: '2022-03-17', text: 'Update received.' });
  });
});
