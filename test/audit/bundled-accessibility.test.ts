import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessibilityReport, checkAccessibility } from '../../src/audit/check-accessibility.js';
import type { ExpectedBookmark } from '../../src/audit/check-outline.js';
import { formatAccessibilitySummary } from '../../src/audit/format-accessibility-summary.js';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { computeDeadlines } from '../../src/model/compute-deadlines.js';
import { decidePreviousMeeting } from '../../src/model/decide-previous-meeting.js';
import type { Item, Meeting, Repository } from '../../src/model/model-types.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { buildAgendaView } from '../../src/render/build-agenda-view.js';
import type { AgendaItemView } from '../../src/render/pack-view-types.js';
import { BUNDLED_MEETINGS, makeTempDir } from '../helpers/make-temp-repo.js';
import { type PikepdfFacts, readWithPikepdf } from '../helpers/read-with-pikepdf.js';

const outputs = new Map<string, { report: AccessibilityReport; facts?: PikepdfFacts }>();
// pikepdf reads every content stream in Python: slow, so it reads the largest pack, a June 2019 pack and minutes.
const CROSS_CHECKED = [
  'board-2021-12-09-agenda.pdf',
  'board-2019-06-20-agenda-members.pdf',
  'board-2021-09-09-minutes.pdf',
];

/** The bookmarks a document must have: the agenda's items (packs) or the minutes' items, numbered, nested. */
function expectedBookmarks(repository: Repository, file: string): ExpectedBookmark[] {
  const meeting = repository.meetings.find((m) => file.startsWith(`${m.id}-`)) as Meeting;
  if (file.includes('-minutes')) {
    const minute = (item: Item): ExpectedBookmark => ({
      title: `${item.minute} ${item.title.toUpperCase()}`,
      children: item.items.map(minute),
    });
    return meeting.items.map(minute);
  }
  const agenda = buildAgendaView(
    meeting,
    computeDeadlines(meeting.date, repository.config),
    new Map(),
    decidePreviousMeeting(repository.meetings, meeting),
  );
  const line = (item: AgendaItemView): ExpectedBookmark => ({
    title: `${item.number} ${item.title.toUpperCase()}`,
    children: item.items.map(line),
  });
  return agenda.map(line);
}

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
  const { repository } = await checkRepository(BUNDLED_MEETINGS);
  for (const file of fs
    .readdirSync(out)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const full = path.join(out, file);
    const facts = CROSS_CHECKED.includes(file) ? readWithPikepdf(full) : undefined;
    const bookmarks = expectedBookmarks(repository as Repository, file);
    outputs.set(file, { report: await checkAccessibility(fs.readFileSync(full), { bookmarks }), facts });
  }
}, 300_000);

const crossChecked = () =>
  [...outputs].flatMap(([file, { report, facts }]) => (facts ? [{ file, report, facts }] : []));

const check = (report: AccessibilityReport, id: string) => {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('every PDF sbp writes for the bundled meetings', () => {
  it('passes every PDF/UA-1 machine check, bookmarks equal to its agenda or minutes included', () => {
    expect(outputs.size).toBe(13);
    for (const [file, { report }] of outputs)
      expect(report.passed, formatAccessibilitySummary(file, report)).toBe(true);
  });

  it('reads, with pikepdf, as PDF/UA-1: XMP, bookmarks shown, every marked sequence claimed, no heading skipped', () => {
    expect(crossChecked()).toHaveLength(CROSS_CHECKED.length);
    for (const { file, facts } of crossChecked()) {
      expect(facts.xmp, file).toMatchObject({ present: true, pdfuaPart: '1', language: ['en-GB'] });
      expect(facts.xmp.title, file).toMatch(
        /^Safer Bromley Partnership (Board|Strategic Group): (agenda pack|minutes) /,
      );
      expect(facts.pageMode, file).toBe('/UseOutlines');
      expect(facts.displayDocTitle, file).toBe(true);
      expect(facts.untaggedPages, file).toEqual([]);
      expect(facts.unreachablePages, file).toEqual([]);
      expect(facts.headingSkips, file).toBe(0);
      expect(facts.headings[0], file).toBe(1);
      expect(facts.linksWithoutContents, file).toBe(0);
      expect(facts.outline.length, file).toBeGreaterThan(3);
    }
  });

  it('keeps the tags of the tagged PDF dashboard, under its agenda item', () => {
    const { facts } = crossChecked().find((c) => c.file === 'board-2021-12-09-agenda.pdf') ?? {};
    const elements = facts?.elements ?? [];
    const part = elements.findIndex((e) => e.type === '/Part');
    expect(part).toBeGreaterThan(0);
    const kids = elements.filter((e) => e.parent === part).map((e) => e.type);
    // The dashboard's own heading (its H1, now below the item's H2 and the paper's H3), text and tables.
    expect(kids).toEqual(['/H4', '/P', '/Table', '/Table', '/P']);
    const pagesUnder = (index: number): number[] =>
      elements.flatMap((e, i) => [
        ...(i === index && e.page ? [e.page] : []),
        ...(e.parent === index ? pagesUnder(i) : []),
      ]);
    const sectionIndex = elements[part].parent as number;
    expect(elements[sectionIndex].type).toBe('/NonStruct');
    expect(new Set(pagesUnder(part))).toEqual(new Set([65]));
    // The section holds the item's heading, "Agenda Item 7", before the paper.
    const heading = elements.findIndex((e, i) => e.type === '/H2' && e.parent === sectionIndex && i < part);
    expect(pagesUnder(heading)).toContain(65);
  });
});

describe('the accessibility checker, read against pikepdf', () => {
  it('sees the XMP metadata, page mode and viewer preferences that pikepdf sees', () => {
    for (const { file, report, facts } of crossChecked()) {
      expect(check(report, 'xmp-metadata').passed, file).toBe(facts.xmp.present);
      expect(check(report, 'xmp-pdfua-id').passed, file).toBe(facts.xmp.pdfuaPart === '1');
      expect(check(report, 'xmp-title').passed, file).toBe(Boolean(facts.xmp.title));
      expect(check(report, 'page-mode').passed, file).toBe(facts.pageMode === '/UseOutlines');
      expect(check(report, 'display-doc-title').passed, file).toBe(facts.displayDocTitle);
    }
  });

  it('finds untagged content and unclaimed MCIDs on the same pages as pikepdf, and the same headings', () => {
    for (const { file, report, facts } of crossChecked()) {
      expect(check(report, 'content-tagged').pages, file).toEqual(facts.untaggedPages);
      expect(check(report, 'mcid-in-tree').pages, file).toEqual(facts.unreachablePages);
      expect(check(report, 'headings').failures, file).toBe(facts.headingSkips);
      expect(check(report, 'headings').checked, file).toBe(facts.headings.length);
      expect(check(report, 'link-contents').failures, file).toBe(facts.linksWithoutContents);
      expect(check(report, 'bookmarks').checked, file).toBe(facts.outline.length);
    }
  });
});
