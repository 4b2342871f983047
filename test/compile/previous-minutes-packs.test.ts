import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { BUNDLED_MEETINGS, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');
// sbp's own explanations, which must never stand in a public paper.
const OWN_WORDS = /in the repository|not yet available|There is no previous meeting/i;

let bundled: string;
let declared: string;

beforeAll(async () => {
  bundled = makeTempDir();
  const ids = ['2014-06-13', '2019-03-14', '2019-06-20', '2021-09-09', '2021-12-09'].map((d) => `board-${d}`);
  const built = await buildMeetings({
    dir: BUNDLED_MEETINGS,
    meetings: ids,
    all: false,
    full: false,
    html: true,
    out: bundled,
    force: false,
  });
  expect(built.diagnostics).toEqual([]);
  declared = makeTempDir();
  const fixture = path.join(PROJECT_ROOT, 'test/fixtures/previous-meeting-declared');
  const other = await buildMeetings({
    dir: fixture,
    meetings: ['board-2024-12-12'],
    all: false,
    full: false,
    html: true,
    out: declared,
    force: false,
  });
  expect(other.diagnostics).toEqual([]);
}, 300_000);

/** The agenda line of an item, and the text of its paper section (empty when the item has no paper). */
function readItem(file: string, number: string): { line: string; paper: string } {
  const pages = pdfText(file).split('\f');
  const agenda = flat(pages.slice(1, 3).join(' '));
  // Cut the agenda at each item label ("4a QUARTER 3…"); the item's line is its capitals and page range.
  const labels = [...agenda.matchAll(/(?:^| )(\d{1,2}[a-g]?) (?=[A-Z]{2})/g)];
  const at = labels.findIndex((label) => label[1] === number);
  const own = at === -1 ? '' : agenda.slice(labels[at].index + labels[at][0].length, labels[at + 1]?.index).trim();
  const line = /^[^a-z]*?(?:\(Pages? \d+(?: - \d+)?\))?(?= [A-Z]?[a-z]|$)/.exec(own)?.[0].trim() ?? '';
  // The item's section: from the page headed "Agenda Item N" to the next page headed for another item.
  const heading = (page: string) => /Agenda Item (\w+)(?! \(continued\))/.exec(page)?.[1];
  const start = pages.findIndex((page) => heading(page) === number);
  const end = pages.findIndex((page, i) => i > start && heading(page) !== undefined && heading(page) !== number);
  const paper = start === -1 ? '' : flat(pages.slice(start, end === -1 ? undefined : end).join(' '));
  return { line, paper };
}

describe('the previous minutes in every bundled pack', () => {
  it('are the minutes of the previous meeting of that body, under a title that names its date, or no paper at all', () => {
    const pack = (date: string) => path.join(bundled, `board-${date}-agenda.pdf`);
    // 13 June 2014 followed 13 March 2014, whose notes we do not have: the item prints with no paper.
    expect(readItem(pack('2014-06-13'), '3')).toEqual({
      line: 'MINUTES OF LAST MEETING / MATTERS ARISING HELD ON 13TH MARCH 2014',
      paper: '',
    });
    // 14 March 2019 followed 29 November 2018 (not the 13 June 2014 minutes the repository holds).
    expect(readItem(pack('2019-03-14'), '2')).toEqual({
      line: 'MINUTES OF THE PREVIOUS MEETING HELD ON 29TH NOVEMBER 2018',
      paper: '',
    });
    // 20 June 2019 carries the minutes of 14 March 2019.
    const june = readItem(pack('2019-06-20'), '2');
    expect(june.line).toMatch(/^MINUTES OF THE PREVIOUS MEETING HELD ON 14TH MARCH 2019 \(Pages \d+ - \d+\)$/);
    expect(june.paper).toContain('Minutes of the meeting held at 10.00 am on 14 March 2019');
    expect(june.paper).toContain('UPDATE ON THE HOME OFFICE LOCALITY REVIEW');
    // 9 September 2021 followed 17 June 2021 (not 20 June 2019, whose minutes are not written).
    expect(readItem(pack('2021-09-09'), '2')).toEqual({
      line: 'MINUTES OF THE PREVIOUS MEETING HELD ON 17TH JUNE 2021',
      paper: '',
    });
    // 9 December 2021 carries the minutes of 9 September 2021 among item 2's papers.
    const december = readItem(pack('2021-12-09'), '2');
    expect(december.line).toMatch(/^SBP STRATEGIC DOCUMENT, MINUTES, MATTERS ARISING AND ACTIONS \(Pages \d+ - \d+\)$/);
    expect(december.paper).toContain('Minutes of the meeting held at 10.00 am on 9 September 2021');
  });

  it("never print sbp's own explanations in a public paper, PDF or HTML", () => {
    for (const date of ['2014-06-13', '2019-03-14', '2019-06-20', '2021-09-09', '2021-12-09']) {
      const pdf = pdfText(path.join(bundled, `board-${date}-agenda.pdf`));
      const html = readFileSync(path.join(bundled, `board-${date}-agenda.html`), 'utf8');
      expect(pdf, date).not.toMatch(OWN_WORDS);
      expect(html.replace(/<[^>]+>/g, ' '), date).not.toMatch(OWN_WORDS);
    }
  });
});

describe('a previous meeting declared with its minutes as a PDF paper', () => {
  it('gives the pack those minutes as the paper of the item, with its page range', () => {
    const pack = path.join(declared, 'board-2024-12-12-agenda.pdf');
    const item = readItem(pack, '2');
    const range = /\(Pages (\d+) - (\d+)\)$/.exec(item.line);
    expect(item.line).toMatch(/^MINUTES OF THE PREVIOUS MEETING HELD ON 12TH SEPTEMBER 2024 \(Pages \d+ - \d+\)$/);
    expect(Number(range![2]) - Number(range![1])).toBe(1);
    const page = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pack, '-'], { encoding: 'utf8' });
    expect(flat(page(Number(range![1])))).toMatch(
      /Agenda Item 2.*Minutes of the meeting of 12 September 2024: DECLAREDMINUTES page 1.*Page \d+/,
    );
    expect(page(Number(range![2]))).toContain('DECLAREDMINUTES page 2');
  });
});
