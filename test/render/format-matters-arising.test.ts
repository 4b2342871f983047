import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { groupMattersArising } from '../../src/model/group-matters-arising.js';
import { linkActions } from '../../src/model/link-actions.js';
import { reportMattersArising } from '../../src/model/report-matters-arising.js';
import { selectAudience } from '../../src/model/select-audience.js';
import {
  formatMattersArisingMarkdown,
  formatMattersArisingText,
  type MattersArisingReport,
} from '../../src/render/format-matters-arising.js';
import { formatMattersArisingJson } from '../../src/render/format-matters-arising-json.js';
import { makeMeeting, makeRepository } from '../model/make-meeting.js';

const IOM = 'Community Safety met with the CRC. So in summary, it is still a work in progress.';
const march = makeMeeting('board', '2019-03-14', [
  {
    minute: '65',
    title: 'Strategy',
    resolutions: [
      { text: 'partners provide feedback', owners: ['SBP'] },
      { text: 'Hate Crime be incorporated', owners: ['AM', 'RV'] },
      { text: 'the two priorities are agreed', owners: ['SBP'], done: true },
    ],
  },
  {
    minute: '68b',
    title: 'IOM Sub-Group Update',
    resolutions: [
      { text: 'the SBP review the IOM situation', owners: ['SBP'] },
      { text: 'the SBP consider expanding the IOM Panel', owners: ['SBP'] },
    ],
  },
  { minute: '70', title: 'LAS Update', resolutions: [{ text: 'Mr Kelly send out details', owners: ['BK'] }] },
]);
const june = makeMeeting(
  'board',
  '2019-06-20',
  [{ minute: '1', title: 'Apologies' }],
  [
    { action: 'board-2019-03-14-m65-2', text: 'Hate Crime has been incorporated | done', completes: true },
    // The bundled 20 June 2019 file writes one reply on both IOM resolutions: it is printed once.
    { action: 'board-2019-03-14-m68b-1', text: IOM },
    { action: 'board-2019-03-14-m68b-2', text: `${IOM}\n` },
  ],
);
const meetings = [march, june];
const repository = makeRepository(
  meetings,
  linkActions(
    meetings,
    createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 1 })),
  ),
);
const report = (rows = groupMattersArising(reportMattersArising(repository, june))): MattersArisingReport => ({
  meeting: june,
  bodyName: 'Strategic Group',
  title: 'Matters outstanding',
  rows,
  noUpdate: 'Awaiting update.',
  audience: 'public',
});

describe('Matters Arising formats', () => {
  it('give one row per minute, print a reply to several resolutions once, and use the configured words', () => {
    expect(formatMattersArisingMarkdown(report())).toMatchInlineSnapshot(`
      "# Matters outstanding: Strategic Group, 20 June 2019

      | Minute | Matters arising | Owner | Update |
      | --- | --- | --- | --- |
      | **Minute 65** Strategy<br>14 March 2019 | (1) partners provide feedback<br>(2) Hate Crime be incorporated **Completed.** | (1) SBP<br>(2) AM/RV | (1) Awaiting update.<br>(2) Hate Crime has been incorporated \\| done |
      | **Minute 68b** IOM Sub-Group Update<br>14 March 2019 | (1) the SBP review the IOM situation<br>(2) the SBP consider expanding the IOM Panel | (1) SBP<br>(2) SBP | Community Safety met with the CRC. So in summary, it is still a work in progress. |
      | **Minute 70** LAS Update<br>14 March 2019 | Mr Kelly send out details | BK | Awaiting update. |
      "
    `);
  });

  it('print plain text for the terminal', () => {
    const rows = report().rows;
    expect(formatMattersArisingText(report(rows.slice(0, 1)))).toMatchInlineSnapshot(`
      "Matters outstanding: Strategic Group, 20 June 2019

      Minute 65 Strategy (14 March 2019)
        Resolved: (1) partners provide feedback  [board-2019-03-14-m65-1]
                  Owner: SBP
                  (2) Hate Crime be incorporated  [board-2019-03-14-m65-2]
                  Owner: AM/RV  Completed.
        Update:   (1) Awaiting update.
                  (2) Hate Crime has been incorporated | done
      "
    `);
    expect(formatMattersArisingText(report([]))).toContain('No matters arising from previous meetings.');
  });

  it('write JSON rows by minute, each update once with the resolutions it covers', () => {
    const json = JSON.parse(formatMattersArisingJson(report()));
    expect(json).toMatchObject({
      version: 2,
      audience: 'public',
      meeting: 'board-2019-06-20',
      title: 'Matters outstanding',
    });
    expect(json.rows.map((r: { minute: string }) => r.minute)).toEqual(['65', '68b', '70']);
    expect(Object.keys(json.rows[0])).toEqual([
      'meeting',
      'date',
      'minute',
      'title',
      'exempt',
      'withheld',
      'resolutions',
      'updates',
      'updateText',
    ]);
    expect(json.rows[1].updates).toEqual([
      {
        meeting: 'board-2019-06-20',
        date: '2019-06-20',
        text: IOM,
        completes: false,
        covers: ['board-2019-03-14-m68b-1', 'board-2019-03-14-m68b-2'],
      },
    ]);
    expect(json.rows[0].resolutions[1]).toEqual({
      id: 'board-2019-03-14-m65-2',
      index: 2,
      text: 'Hate Crime be incorporated',
      owners: ['AM', 'RV'],
      standing: false,
      completed: true,
      superseded: false,
      supersededBy: null,
    });
    expect(json.rows[0].updateText).toBe('(1) Awaiting update. (2) Hate Crime has been incorporated | done');
  });

  it('say of an exempt minute, publicly, only that it exists and its paragraph', () => {
    const exempt = makeMeeting('board', '2019-03-14', [
      { minute: '75', title: 'Knife crime plan', resolutions: [{ text: 'SECRETWORD is agreed', owners: ['RV'] }] },
    ]);
    exempt.items[0].exempt = { paragraph: 3 };
    const later = makeMeeting(
      'board',
      '2019-06-20',
      [{ minute: '1', title: 'Apologies' }],
      [{ action: 'board-2019-03-14-m75', text: 'SECRETUPDATE' }],
    );
    const all = [exempt, later];
    const full = {
      ...makeRepository(
        all,
        linkActions(
          all,
          createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 1 })),
        ),
      ),
      papers: new Map(),
    } as unknown as Parameters<typeof selectAudience>[0];
    const pub = selectAudience(full, 'public');
    const rows = groupMattersArising(reportMattersArising(pub, pub.meetings[1]));
    const out = [
      formatMattersArisingMarkdown(report(rows)),
      formatMattersArisingText(report(rows)),
      formatMattersArisingJson(report(rows)),
    ].join('\n');
    expect(out).not.toMatch(/SECRET|RV/);
    expect(formatMattersArisingText(report(rows))).toContain(
      'Minute 75 Knife crime plan (14 March 2019)\n            Not for publication (exempt: paragraph 3).\n  Update:   Withheld.',
    );
    const members = groupMattersArising(reportMattersArising(full, full.meetings[1]));
    const text = formatMattersArisingMarkdown({ ...report(members), audience: 'members' });
    expect(text).toMatch(/^> \*\*MEMBERS' VIEW/);
    expect(text).toContain('NOT FOR PUBLICATION (exempt: paragraph 3)<br>SECRETWORD is agreed');
    expect(text).toContain('SECRETUPDATE');
  });
});
