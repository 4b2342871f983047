import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { linkActions } from '../../src/model/link-actions.js';
import { listActions } from '../../src/model/list-actions.js';
import { makeMeeting, makeRepository } from './make-meeting.js';

const march = makeMeeting('board', '2019-03-14', [
  {
    minute: '64',
    title: 'Locality review',
    resolutions: [{ text: 'update at the next meeting', owners: ['BM'], due: '2019-06-01' }],
  },
  {
    minute: '65',
    title: 'Strategy',
    resolutions: [
      { text: 'feedback', owners: ['SBP'] },
      { text: 'hate crime', owners: ['RV'] },
    ],
  },
]);
march.items[1].resolutions[1].owners = [{ label: 'RV', personId: 'rob-vale' }];
const june = makeMeeting(
  'board',
  '2019-06-20',
  [{ minute: '1', title: 'Apologies' }],
  [{ action: 'board-2019-03-14-m65-2', text: 'incorporated', completes: true }],
);
const subGroup = makeMeeting('dva', '2019-05-01', [
  { minute: '3', title: 'Refuges', resolutions: [{ text: 'count beds', owners: ['RD'] }] },
]);
const meetings = [march, subGroup, june];
const repository = makeRepository(
  meetings,
  linkActions(
    meetings,
    createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 1 })),
  ),
);
const ids = (filters: Parameters<typeof listActions>[1]) => listActions(repository, filters).map((l) => l.action.id);

describe('listActions', () => {
  it('lists open actions by default, as at a date: later updates and actions do not count', () => {
    expect(ids({ asOf: '2019-07-01' })).toEqual([
      'board-2019-03-14-m64',
      'board-2019-03-14-m65-1',
      'dva-2019-05-01-m3',
    ]);
    expect(ids({ asOf: '2019-06-19' })).toEqual([
      'board-2019-03-14-m64',
      'board-2019-03-14-m65-1',
      'board-2019-03-14-m65-2',
      'dva-2019-05-01-m3',
    ]);
    expect(ids({ asOf: '2019-04-01' })).toEqual([
      'board-2019-03-14-m64',
      'board-2019-03-14-m65-1',
      'board-2019-03-14-m65-2',
    ]);
  });

  it('filters by status, owner (initials or person id), body, date and overdue', () => {
    expect(ids({ asOf: '2019-07-01', status: 'completed' })).toEqual(['board-2019-03-14-m65-2']);
    expect(ids({ asOf: '2019-07-01', status: 'all', owner: 'rob-vale' })).toEqual(['board-2019-03-14-m65-2']);
    expect(ids({ asOf: '2019-07-01', owner: 'sbp' })).toEqual(['board-2019-03-14-m65-1']);
    expect(ids({ asOf: '2019-07-01', body: 'dva' })).toEqual(['dva-2019-05-01-m3']);
    expect(ids({ asOf: '2019-07-01', since: '2019-04-01' })).toEqual(['dva-2019-05-01-m3']);
    expect(ids({ asOf: '2019-07-01', overdue: true })).toEqual(['board-2019-03-14-m64']);
    expect(ids({ asOf: '2019-05-31', overdue: true })).toEqual([]);
  });

  it('gives the age in meetings and days, up to closing for a closed action', () => {
    const [open, , done] = listActions(repository, { asOf: '2019-07-01', status: 'all' });
    expect(open).toMatchObject({ status: 'open', ageDays: 109, ageMeetings: 1, overdue: true, lastUpdate: undefined });
    expect(done).toMatchObject({
      status: 'completed',
      closedOn: '2019-06-20',
      ageDays: 98,
      ageMeetings: 1,
      lastUpdate: { text: 'incorporated' },
    });
  });
});
