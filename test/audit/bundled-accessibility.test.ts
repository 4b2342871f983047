import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessibilityReport, checkAccessibility } from '../../src/audit/check-accessibility.js';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { BUNDLED_MEETINGS, makeTempDir } from '../helpers/make-temp-repo.js';
import { type PikepdfFacts, readWithPikepdf } from '../helpers/read-with-pikepdf.js';

const outputs = new Map<string, { report: AccessibilityReport; facts?: PikepdfFacts }>();
// pikepdf reads every content stream in Python: slow, so it reads the largest pack, a June 2019 pack and minutes.
const CROSS_CHECKED = [
  'board-2021-12-09-agenda.pdf',
  'board-2019-06-20-agenda-members.pdf',
  'board-2021-09-09-minutes.pdf',
];

beforeAll(async () => {
  const out = makeTempDir();
  const result = await buildMeetings({
    dir: BUNDLED_MEETINGS,
    meetings: [],
    all: true,
    full: true,
    html: false,
    out,
    force: true,
  });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  for (const file of fs
    .readdirSync(out)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const full = path.join(out, file);
    const facts = CROSS_CHECKED.includes(file) ? readWithPikepdf(full) : undefined;
    outputs.set(file, { report: await checkAccessibility(fs.readFileSync(full)), facts });
  }
}, 300_000);

const crossChecked = () =>
  [...outputs].flatMap(([file, { report, facts }]) => (facts ? [{ file, report, facts }] : []));

const check = (report: AccessibilityReport, id: string) => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('the accessibility checker, read against pikepdf on every bundled output', () => {
  it('builds the thirteen bundled documents', () => {
    expect(outputs.size).toBe(13);
    expect(crossChecked()).toHaveLength(CROSS_CHECKED.length);
  });

  it('sees the XMP metadata, page mode and viewer preferences that pikepdf sees', () => {
    for (const { file, report, facts } of crossChecked()) {
      expect(check(report, 'xmp-metadata').passed, file).toBe(facts.xmp.present);
      expect(check(report, 'xmp-pdfua-id').passed, file).toBe(facts.xmp.pdfuaPart === '1');
      expect(check(report, 'xmp-title').passed, file).toBe(Boolean(facts.xmp.title));
      expect(check(report, 'page-mode').passed, file).toBe(facts.pageMode === '/UseOutlines');
      expect(check(report, 'display-doc-title').passed, file).toBe(facts.displayDocTitle);
    }
  });

  it('finds untagged content and unclaimed MCIDs on the same pages as pikepdf', () => {
    for (const { file, report, facts } of crossChecked()) {
      expect(check(report, 'content-tagged').pages, file).toEqual(facts.untaggedPages);
      expect(check(report, 'mcid-in-tree').pages, file).toEqual(facts.unreachablePages);
    }
  });

  it('counts the same heading skips and links without alternate text as pikepdf', () => {
    for (const { file, report, facts } of crossChecked()) {
      expect(check(report, 'headings').failures, file).toBe(facts.headingSkips);
      expect(check(report, 'headings').checked, file).toBe(facts.headings.length);
      expect(check(report, 'link-contents').failures, file).toBe(facts.linksWithoutContents);
    }
  });
});
