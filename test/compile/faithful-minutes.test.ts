import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { countPdfPages, extractPdfPage } from '../helpers/extract-text.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

// Minutes as the clerk wrote them (issue 9, point 5): report numbers, titles as printed that day,
// declarations of interest, joint chairmen, and "RESOLVED that:" kept with its first resolution.
const fixture = path.resolve(__dirname, '../fixtures/faithful-minutes');
let out: string;

beforeAll(async () => {
  out = makeTempDir('sbp-minutes-');
  const result = await buildMeetings({
    dir: fixture,
    meetings: [],
    all: true,
    full: false,
    html: false,
    out,
    force: false,
  });
  expect(result.diagnostics).toEqual([]);
}, 180_000);

const minutesOf = (date: string) => path.join(out, `board-${date}-minutes.pdf`);
const pages = (file: string) => Array.from({ length: countPdfPages(file) }, (_, i) => extractPdfPage(file, i + 1));
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('faithful minutes', () => {
  it("print two joint chairmen both as Joint Chairman, and each person's title as given for that meeting", () => {
    const text = flat(pages(minutesOf('2024-06-13')).join('\n'));
    expect(text).toContain(
      'Present: Sam Stowell, (LBT Assistant Director) (Joint Chairman) Chief Inspector Jo Knight, (Metropolitan Police) (Joint Chairman) Chloe Todd, (LBT-Consultant in Public Health) Rob Vale',
    );
    expect(text).not.toContain('LBT Public Health');
    expect(text).toContain(
      'Also Present: Pat Officer, (Interim Community Safety Officer) Rose Cree, (Bromley Changes)',
    );
    // Without chair: the joint chairmen present share the chair, whatever order they are listed in.
    const september = flat(pages(minutesOf('2024-09-12')).join('\n'));
    expect(september).toContain(
      'Present: Chief Inspector Jo Knight, (Metropolitan Police) (Joint Chairman) Sam Stowell, (LBT Assistant Director) (Joint Chairman)',
    );
    expect(september).not.toMatch(/\(Chairman\)/);
  });

  it('print the report number of a minute where the seeds print it, first under its heading', () => {
    const text = flat(pages(minutesOf('2024-06-13')).join('\n'));
    expect(text).toContain('2 MATTERS ARISING Action CSD24001 The Board noted the matters arising.');
    expect(text).toContain('3 FOOD BANK GRANT Action ES24012 The Board considered the grant.');
  });

  it('print declarations of interest in the apologies item, or after attendance when there is none', () => {
    expect(flat(pages(minutesOf('2024-06-13')).join('\n'))).toContain(
      'There were no apologies. Rob Vale declared an interest in item 3: a personal interest as a trustee of the Penge food bank. 2 MATTERS ARISING',
    );
    expect(flat(pages(minutesOf('2024-09-12'))[0])).toContain(
      'Rob Vale, (LBT Trading Standards Manager) Declarations of Interest: Chloe Todd declared an interest: a prejudicial interest in update 4 as a director of the provider. 4 UPDATE NUMBER 1',
    );
  });

  it('never leave "RESOLVED that:" at the foot of a page with its numbered resolutions on the next', () => {
    const all = pages(minutesOf('2024-09-12'));
    expect(all.length).toBeGreaterThan(5);
    const body = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('Safer Testing Partnership Board 12 September 2024'))
        // Each owner cell's "Action:" is printed invisibly, for screen readers (the tags): not a line a reader sees.
        .filter((line) => line !== 'Action:');
    for (const [i, text] of all.entries())
      expect(body(text).at(-1), `foot of page ${i + 1}`).not.toBe('RESOLVED that:');
    // The fixture does reach the case: on some page "RESOLVED that:" was carried over, with its first resolution.
    const carried = all.filter((text) => body(text)[0] === 'RESOLVED that:');
    expect(carried.length).toBeGreaterThan(0);
    for (const text of carried) expect(flat(body(text)[1])).toMatch(/^\(1\) update \d+ is noted\. RV$/);
  });
});
