import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/diagnostics/report-at.js';
import { linkActions } from '../../src/model/link-actions.js';
import { reportMattersArising } from '../../src/model/report-matters-arising.js';
import { formatMattersArisingMarkdown, formatMattersArisingText } from '../../src/render/format-matters-arising.js';
import { makeMeeting, makeRepository } from '../model/make-meeting.js';

const march = makeMeeting('board', '2019-03-14', [
  {
    minute: '65',
    title: 'Strategy',
    resolutions: [
      { text: 'partners provide feedback', owners: ['SBP'] },
      { text: 'Hate Crime be incorporated', owners: ['AM', 'RV'] },
    ],
  },
  { minute: '70', title: 'LAS Update', resolutions: [{ text: 'Mr Kelly send out details', owners: ['BK'] }] },
]);
const june = makeMeeting(
  'board',
  '2019-06-20',
  [{ minute: '1', title: 'Apologies' }],
  [{ action: 'board-2019-03-14-m65-2', text: 'Hate Crime has been incorporated | done', completes: true }],
);
const meetings = [march, june];
const repository = makeRepository(
  meetings,
  linkActions(
    meetings,
    createReporter(() => ({ line: 1, column: 1, endLine: 1, endColumn: 1 })),
  ),
);
const rows = reportMattersArising(repository, june);

describe('Matters Arising formats', () => {
  it('name each minute once, as the seeds do, and mark completed rows', () => {
    expect(formatMattersArisingMarkdown(rows, june, 'Strategic Group')).toMatchInlineSnapshot(`
      "# Matters Arising: Strategic Group, 20 June 2019

      | Minute | Matters arising | Owner | Update |
      | --- | --- | --- | --- |
      | **Minute 65** Strategy<br>14 March 2019 | partners provide feedback | SBP | Awaiting update. |
      |  | Hate Crime be incorporated | AM/RV | Completed. Hate Crime has been incorporated \\| done |
      | **Minute 70** LAS Update<br>14 March 2019 | Mr Kelly send out details | BK | Awaiting update. |
      "
    `);
  });

  it('print plain text for the terminal', () => {
    expect(formatMattersArisingText(rows.slice(1, 2), june, 'Strategic Group')).toMatchInlineSnapshot(`
      "Matters Arising: Strategic Group, 20 June 2019

      Minute 65 Strategy (14 March 2019)  [board-2019-03-14-m65-2]
        Resolved: Hate Crime be incorporated
        Owner:    AM/RV
        Update:   Completed. Hate Crime has been incorporated | done
      "
    `);
    expect(formatMattersArisingText([], march, 'Strategic Group')).toContain(
      'No matters arising from previous meetings.',
    );
  });
});
