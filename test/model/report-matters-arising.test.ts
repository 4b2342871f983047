import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { linkActions } from '../../src/model/link-actions.js';
import { reportMattersArising } from '../../src/model/report-matters-arising.js';
import { makeMeeting, makeRepository } from './make-meeting.js';

const reporter = () => createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 2 }));

// Shaped after seed 001: the actions of 14 March 2019 and the updates reported on 20 June 2019.
const earlier = makeMeeting('board', '2018-12-06', [
  { minute: '40', title: 'Arson', resolutions: [{ text: 'figures are circulated', owners: ['TG'] }] },
]);
const march = makeMeeting(
  'board',
  '2019-03-14',
  [
    { minute: '63', title: 'Police update', resolutions: [{ text: 'noted' }] },
    {
      minute: '64',
      title: 'Home Office Locality Review Report',
      resolutions: [{ text: 'a further update is provided at the next meeting', owners: ['BM'] }],
    },
    {
      minute: '65',
      title: 'Safer Bromley Strategy',
      resolutions: [
        { text: 'partners provide feedback', owners: ['SBP'] },
        { text: 'Hate Crime be incorporated', owners: ['RV'] },
      ],
    },
    {
      minute: '66',
      title: 'Knife crime',
      resolutions: [{ text: 'the chairman writes to MOPAC', owners: ['KL'], done: true }],
    },
    {
      minute: '70',
      title: 'LAS Update',
      resolutions: [{ text: 'Mr Kelly send out details of the Vulnerable Persons Vehicle', owners: ['BK'] }],
    },
    { minute: '71', title: 'Other body', resolutions: [] },
  ],
  [{ action: 'board-2018-12-06-m40', text: 'circulated', completes: true }],
);
const june = makeMeeting(
  'board',
  '2019-06-20',
  [{ minute: '1', title: 'Apologies' }],
  [
    { action: 'board-2019-03-14-m64', text: 'to be discussed by Community Safety' },
    { action: 'board-2019-03-14-m65-2', text: 'Hate Crime has been incorporated', completes: true },
    { action: 'board-2019-03-14-m70', text: 'disseminated via the Committee Clerk; now closed', completes: true },
  ],
);
const september = makeMeeting('board', '2019-09-12', [{ minute: '10', title: 'Apologies' }]);
const subGroup = makeMeeting('dva', '2019-05-01', [
  { minute: '3', title: 'Refuges', resolutions: [{ text: 'count beds', owners: ['RD'] }] },
]);

const meetings = [earlier, march, subGroup, june, september];
const repository = makeRepository(meetings, linkActions(meetings, reporter()));

const summarise = (rows: ReturnType<typeof reportMattersArising>) =>
  rows.map((r) => `${r.action.id} ${r.completed ? 'completed' : 'open'}: ${r.update?.text ?? '-'}`);

describe('reportMattersArising', () => {
  it('lists the actions open at the meeting with the updates reported at it, completed ones included', () => {
    expect(summarise(reportMattersArising(repository, june))).toEqual([
      'board-2019-03-14-m64 open: to be discussed by Community Safety',
      'board-2019-03-14-m65-1 open: -',
      'board-2019-03-14-m65-2 completed: Hate Crime has been incorporated',
      'board-2019-03-14-m70 completed: disseminated via the Committee Clerk; now closed',
    ]);
  });

  it('drops completed actions at the next meeting but keeps the open ones with their latest update', () => {
    expect(summarise(reportMattersArising(repository, september))).toEqual([
      'board-2019-03-14-m64 open: to be discussed by Community Safety',
      'board-2019-03-14-m65-1 open: -',
    ]);
  });

  it('shows history as it stood: updates after the meeting are not used', () => {
    expect(summarise(reportMattersArising(repository, march))).toEqual(['board-2018-12-06-m40 completed: circulated']);
  });

  it("lists nothing at a body's first meeting", () => {
    expect(reportMattersArising(repository, earlier)).toEqual([]);
  });
});
