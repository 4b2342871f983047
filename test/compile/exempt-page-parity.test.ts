import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from '../../src/audit/check-accessibility.js';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { countPdfPages, extractPdfPage, extractPdfText, foldText } from '../helpers/extract-text.js';
import { makeTempDir } from '../helpers/make-temp-repo.js';

// An exempt item with a Markdown paper of several pages and a three-page PDF paper, a Part 2 paper in a
// public item, previous minutes with a long exempt minute, and a Matters Arising row of an exempt action.
const fixture = path.resolve(__dirname, '../fixtures/exempt-pages');
const CANARY = /pagecanary/;
let publicPack: string;
let membersPack: string;

/** Build the meeting's pack (and with `full` the members' pack) into a new folder. */
const build = (out: string, full: boolean) =>
  buildMeetings({ dir: fixture, meetings: ['board-2024-06-13'], all: false, full, html: false, out, force: false });

beforeAll(async () => {
  const out = makeTempDir('sbp-parity-');
  const result = await build(out, true);
  expect(result.diagnostics).toEqual([]);
  publicPack = path.join(out, 'board-2024-06-13-agenda.pdf');
  membersPack = path.join(out, 'board-2024-06-13-agenda-members.pdf');
}, 180_000);

/** Each page's text, 1-based. */
function pagesOf(file: string): string[] {
  return Array.from({ length: countPdfPages(file) }, (_, i) => extractPdfPage(file, i + 1));
}

/** The agenda's page ranges, in order: "(Pages 13 - 19)". */
function rangesOf(pages: string[]): string[] {
  return pages.slice(0, 4).flatMap((text) => text.match(/\(Pages? \d+(?: - \d+)?\)/g) ?? []);
}

/** The page each "Agenda Item N" (and each continuation) starts on. */
function headingsOf(pages: string[]): string[] {
  return pages.flatMap((text, i) => {
    const heading = /Agenda Item \w+(?: \(continued\))?/.exec(text);
    return heading ? [`${heading[0]} on page ${i + 1}`] : [];
  });
}

describe("the public and members' packs of a meeting with confidential papers", () => {
  it('have the same number of pages, page ranges and Agenda Item pages', () => {
    const pub = pagesOf(publicPack);
    const members = pagesOf(membersPack);
    expect(pub.length).toBe(members.length);
    expect(rangesOf(pub)).toEqual(rangesOf(members));
    expect(rangesOf(pub)).toEqual(['(Pages 5 - 7)', '(Page 9)', '(Page 11)', '(Pages 13 - 19)', '(Pages 21 - 23)']);
    expect(headingsOf(pub)).toEqual(headingsOf(members));
    expect(headingsOf(pub)).toContain('Agenda Item 5 (continued) on page 17');
  });

  it('withhold an exempt paper as a notice page, then "This page is intentionally withheld" pages', () => {
    const pub = pagesOf(publicPack);
    // Agenda Item 5: the valuation (three pages for members), a blank left-hand page, then the PDF survey (three pages).
    expect(pub[12]).toMatch(
      /Agenda Item 5\s+This item contains exempt information \(paragraph 3 of Part 1 of Schedule 12A/,
    );
    for (const page of [14, 15, 18, 19])
      expect(pub[page - 1], `page ${page}`).toContain('This page is intentionally withheld');
    expect(pub[15]).toContain('This page is left intentionally blank');
    expect(pub[16]).toMatch(/Agenda Item 5 \(continued\)\s+This item contains exempt information/);
    // Every page keeps its number: the withheld pages are numbered as the members' pages they stand for.
    for (const [i, text] of pub.entries())
      if (i > 0) expect(text, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1}\\s*$`));
  });

  it('keep the withheld and blank pages out of the structure: pagination artifacts, PDF/UA-1 checks pass', async () => {
    const failed = async (file: string) =>
      (await checkAccessibility(fs.readFileSync(file))).checks.filter((c) => !c.passed).map((c) => c.id);
    expect(await failed(publicPack)).toEqual([]);
    // The fixture's PDF survey (written with a standard font, not embedded) is the one fault, and it is the paper's.
    expect(await failed(membersPack)).toEqual(['fonts-embedded']);
  });

  it("lay out the public pack the same whether or not the members' pack is built in the same run", async () => {
    const alone = await build(makeTempDir('sbp-parity-'), false);
    expect(alone.written.map((f) => path.basename(f))).toEqual(['board-2024-06-13-agenda.pdf']);
    expect(Buffer.compare(fs.readFileSync(alone.written[0]), fs.readFileSync(publicPack))).toBe(0);
  }, 120_000);

  it("keep every confidential word out of the public pack, and in the members' pack", () => {
    expect(foldText(extractPdfText(publicPack))).not.toMatch(CANARY);
    const members = foldText(extractPdfText(membersPack));
    for (const word of ['minutes', 'description', 'reason', 'valuation', 'survey', 'tender', 'resolution', 'update'])
      expect(members, word).toContain(`pagecanary${word}`);
  });
});
