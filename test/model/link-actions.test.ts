import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { linkActions } from '../../src/model/link-actions.js';
import { makeMeeting } from './make-meeting.js';

const newReporter = () => createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }));

const march = makeMeeting('board', '2019-03-14', [
  {
    minute: '64',
    title: 'Home Office Locality Review Report',
    resolutions: [{ text: 'a further update is provided at the next meeting', owners: ['BM'] }],
  },
  { minute: '66', title: 'Police update', resolutions: [{ text: 'the update is noted' }] },
  {
    minute: '68',
    title: 'Sub-group updates',
    items: [
      { minute: '68a', title: 'DVA update', resolutions: [{ text: 'noted', owners: ['RD'], done: true }] },
      {
        minute: '68b',
        title: 'IOM Sub-Group Update',
        resolutions: [
          { text: 'the SBP review the current IOM situation', owners: ['SBP'], standing: true },
          { text: 'the SBP consider expanding the IOM Panel', owners: ['SBP'], due: '2019-03-01' },
        ],
      },
    ],
  },
]);

describe('linkActions', () => {
  it('makes an action of each resolution with owners, with readable ids', () => {
    const actions = linkActions([march], newReporter());
    expect([...actions.keys()]).toEqual([
      'board-2019-03-14-m64',
      'board-2019-03-14-m68a',
      'board-2019-03-14-m68b-1',
      'board-2019-03-14-m68b-2',
    ]);
    const done = actions.get('board-2019-03-14-m68a');
    expect(done).toMatchObject({ status: 'completed', closedOn: '2019-03-14', itemTitle: 'DVA update' });
    expect(actions.get('board-2019-03-14-m68b-1')).toMatchObject({
      status: 'open',
      standing: true,
      minute: '68b',
      meetingId: 'board-2019-03-14',
    });
  });

  it('reports a due date before the meeting', () => {
    const reporter = newReporter();
    linkActions([march], reporter);
    expect(reporter.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['due-before-meeting', 'due 2019-03-01 is before the meeting of 2019-03-14'],
    ]);
  });

  it('attaches updates in order, closing what they complete, and keeps the history', () => {
    const june = makeMeeting(
      'board',
      '2019-06-20',
      [{ minute: '1', title: 'Apologies' }],
      [
        { action: 'board-2019-03-14-m64', text: 'to be discussed by Community Safety' },
        { action: 'board-2019-03-14-m68b-1', text: 'work in progress' },
      ],
    );
    const sept = makeMeeting(
      'board',
      '2019-09-12',
      [{ minute: '10', title: 'Apologies' }],
      [
        { action: 'board-2019-03-14-m64', text: 'done', completes: true },
        { action: 'board-2019-03-14-m68b-1', text: 'still going' },
      ],
    );
    // Given out of order: linking follows the calendar.
    const actions = linkActions([sept, march, june], newReporter());
    const m64 = actions.get('board-2019-03-14-m64')!;
    expect(m64.updates.map((u) => u.text)).toEqual(['to be discussed by Community Safety', 'done']);
    expect(m64).toMatchObject({ status: 'completed', closedOn: '2019-09-12' });
    expect(actions.get('board-2019-03-14-m68b-1')).toMatchObject({ status: 'open', closedOn: undefined });
  });

  it('closes a standing action only by an update that completes it', () => {
    const june = makeMeeting(
      'board',
      '2019-06-20',
      [{ minute: '1', title: 'Apologies' }],
      [{ action: 'board-2019-03-14-m68b-1', text: 'the IOM Board has met', completes: true }],
    );
    const actions = linkActions([march, june], newReporter());
    expect(actions.get('board-2019-03-14-m68b-1')).toMatchObject({ status: 'completed', closedOn: '2019-06-20' });
  });

  it('supersedes an earlier action by a later resolution', () => {
    const june = makeMeeting('board', '2019-06-20', [
      {
        minute: '5',
        title: 'IOM',
        resolutions: [
          { text: 'a new IOM Board is set up by September', owners: ['RV'], supersedes: 'board-2019-03-14-m68b-2' },
        ],
      },
    ]);
    const actions = linkActions([march, june], newReporter());
    expect(actions.get('board-2019-03-14-m68b-2')).toMatchObject({
      status: 'superseded',
      closedOn: '2019-06-20',
      supersededBy: 'board-2019-06-20-m5',
    });
  });

  it('reports every kind of bad update with its code', () => {
    const june = makeMeeting(
      'board',
      '2019-06-20',
      [{ minute: '1', title: 'AOB', resolutions: [{ text: 'x', owners: ['RV'], supersedes: 'board-2019-03-14-m99' }] }],
      [
        { action: 'board-2019-03-14-m46', text: 'typo in the minute' },
        { action: 'board-2019-03-14-m64', text: 'first', completes: true },
        { action: 'board-2019-03-14-m64', text: 'second' },
        { action: 'board-2019-06-20-m1', text: 'this very meeting' },
        { action: 'board-2019-03-14-m68a', text: 'after it was done' },
      ],
    );
    const reporter = newReporter();
    linkActions([march, june], reporter);
    const found = reporter.diagnostics
      .filter((d) => d.code !== 'due-before-meeting')
      .map((d) => `${d.code}: ${d.message}`);
    expect(found).toMatchInlineSnapshot(`
      [
        "update-unknown-action: no action "board-2019-03-14-m46"; nearest: board-2019-03-14-m64, board-2019-03-14-m68a, board-2019-03-14-m68b-1",
        "update-duplicate: board-2019-03-14-m64 already has an update in this meeting",
        "update-not-earlier: board-2019-06-20-m1 was resolved at this meeting or after it (2019-06-20); updates report on actions of earlier meetings",
        "update-completed-action: board-2019-03-14-m68a was completed on 2019-03-14",
        "supersedes-unknown: no earlier action "board-2019-03-14-m99" to supersede (did you mean "board-2019-03-14-m64", or "board-2019-03-14-m68a", "board-2019-03-14-m68b-1"?)",
      ]
    `);
    expect(reporter.diagnostics.find((d) => d.code === 'update-duplicate')?.file).toBe('board/2019-06-20.md');
  });

  it('refuses an explicit id that clashes with another action', () => {
    const june = makeMeeting('board', '2019-06-20', [
      { minute: '2', title: 'AOB', resolutions: [{ text: 'x', owners: ['RV'], id: 'board-2019-03-14-m64' }] },
    ]);
    const reporter = newReporter();
    const actions = linkActions([march, june], reporter);
    expect(reporter.diagnostics.map((d) => d.code)).toContain('action-duplicate');
    expect(actions.get('board-2019-03-14-m64')?.meetingId).toBe('board-2019-03-14');
  });
});
