import { describe, expect, it } from 'vitest';
import type { ActionListing } from '../../src/model/list-actions.js';
import { formatActionsCsv, quoteCsvField } from '../../src/render/format-actions-csv.js';
import { escapeMarkdownCell, formatActionsMarkdown } from '../../src/render/format-actions-markdown.js';
import { formatActionsTable, truncate } from '../../src/render/format-actions-table.js';

const listing: ActionListing = {
  action: {
    id: 'board-2019-03-14-m74-1',
    bodyId: 'board',
    meetingId: 'board-2019-03-14',
    date: '2019-03-14',
    minute: '74',
    itemTitle: 'AOB',
    index: 1,
    text: 'Ms Baldwin would contact "NPS", about offices | accommodation\nsoon',
    owners: [{ label: 'SB' }, { label: 'KN' }],
    due: '2019-05-01',
    standing: false,
    updates: [],
    status: 'open',
    src: { file: 'board/2019-03-14.md', path: ['items', 17, 'resolutions', 0] },
  },
  status: 'open',
  updates: [],
  ageDays: 98,
  ageMeetings: 1,
  overdue: true,
};

describe('action formatters', () => {
  it('quote CSV fields as RFC 4180 asks', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    const [header, row, end] = formatActionsCsv([listing], 'public').split('\r\n');
    expect(header.split(',')).toHaveLength(20);
    expect(header.split(',').slice(-2)).toEqual(['exempt_paragraph', 'audience']);
    expect(row).toBe(
      'board-2019-03-14-m74-1,board,board-2019-03-14,2019-03-14,74,AOB,"Ms Baldwin would contact ""NPS"", about offices | accommodation\nsoon",SB/KN,2019-05-01,false,open,,,true,98,1,,,,public',
    );
    expect(end).toBe('');
  });

  it('escape Markdown table cells', () => {
    expect(escapeMarkdownCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(formatActionsMarkdown([listing], 'public').split('\n')[2]).toBe(
      '| `board-2019-03-14-m74-1` | 74 AOB (2019-03-14) | Ms Baldwin would contact "NPS", about offices \\| accommodation<br>soon | SB/KN | open | 1 meeting, 98 days | 2019-05-01 (overdue) |  |',
    );
    expect(formatActionsMarkdown([], 'public')).toBe('_No actions._\n');
  });

  it('fit the table to the width, marking overdue due dates', () => {
    const table = formatActionsTable([listing], 90, 'public');
    expect(table).toMatchInlineSnapshot(`
      "ACTION                  OWNERS  STATUS  AGE          DUE
      board-2019-03-14-m74-1  SB/KN   open    1 mtg, 98 d  2019-05-01!
          74: Ms Baldwin would contact "NPS", about offices | accommodation soon
      "
    `);
    const wide = formatActionsTable([listing], 100, 'public');
    expect(wide.split('\n')[1]).toBe(
      'board-2019-03-14-m74-1  SB/KN   open    1 mtg, 98 d  2019-05-01!  74: Ms Baldwin would contact "NPS…',
    );
    expect(wide.split('\n')[1]).toHaveLength(100);
    expect(truncate('a  b\n c', 10)).toBe('a b c');
  });

  it("say of a withheld action only that it exists, and mark every members' view", () => {
    const withheld: ActionListing = {
      ...listing,
      action: {
        ...listing.action,
        id: 'board-2019-03-14-m74-exempt',
        text: '',
        owners: [],
        due: undefined,
        exempt: { paragraph: 3 },
        withheld: true,
      },
      overdue: false,
    };
    expect(formatActionsTable([withheld], 200, 'public')).toContain('74: Not for publication (exempt: paragraph 3).');
    expect(formatActionsMarkdown([withheld], 'public')).toContain('| Not for publication (exempt: paragraph 3). |');
    expect(formatActionsCsv([withheld], 'public').split('\r\n')[1]).toMatch(/,AOB,,,,false,open,.*,3,public$/);
    const members = { ...listing, action: { ...listing.action, exempt: { paragraph: 3 } } };
    expect(formatActionsTable([members], 200, 'members')).toMatch(
      /^MEMBERS' VIEW: includes exempt \(Part 2\) business\. NOT FOR PUBLICATION\.\n\nACTION/,
    );
    expect(formatActionsTable([members], 200, 'members')).toContain(
      '74: [NOT FOR PUBLICATION, exempt: paragraph 3] Ms Baldwin would contact',
    );
    expect(formatActionsMarkdown([members], 'members')).toMatch(
      /^> \*\*MEMBERS' VIEW: .*NOT FOR PUBLICATION\.\*\*\n\n\| Action/,
    );
    expect(formatActionsCsv([members], 'members').split('\r\n')[1]).toMatch(/,3,members$/);
  });
});
