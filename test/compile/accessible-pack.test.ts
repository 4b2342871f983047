import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessibilityReport, checkAccessibility } from '../../src/audit/check-accessibility.js';
import { formatAccessibilitySummary } from '../../src/audit/format-accessibility-summary.js';
import { type BuildResult, buildMeetings } from '../../src/compile/build-meetings.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';
import { type PikepdfFacts, readWithPikepdf } from '../helpers/read-with-pikepdf.js';

// A pack with a tagged PDF paper (the dashboard), an untagged one (a letter, its first page turned), a Markdown
// paper with an image described by its alt text and one with none, and an exempt item.
const fixture = path.join(PROJECT_ROOT, 'test/fixtures/accessible-pack');
const AGENDA = [
  '1 APOLOGIES FOR ABSENCE',
  '2 MINUTES OF THE PREVIOUS MEETING HELD ON 13TH JUNE 2024',
  '3 MATTERS ARISING',
  '4 COMMUNITY IMPACT DAYS',
  '5 CRIME PERFORMANCE DASHBOARD',
  '6 LETTER FROM THE POLICE AND CRIME COMMISSIONER',
  '7 KNIFE CRIME ACTION PLAN',
];
let out: string;
let result: BuildResult;
const read = new Map<string, { report: AccessibilityReport; facts: PikepdfFacts }>();

beforeAll(async () => {
  out = makeTempDir();
  result = await buildMeetings({
    dir: fixture,
    meetings: ['board-2024-09-12'],
    all: false,
    full: true,
    html: false,
    out,
    force: false,
  });
  for (const name of ['board-2024-09-12-agenda.pdf', 'board-2024-09-12-agenda-members.pdf']) {
    const file = path.join(out, name);
    const report = await checkAccessibility(fs.readFileSync(file), { bookmarks: AGENDA.map((title) => ({ title })) });
    read.set(name, { report, facts: readWithPikepdf(file) });
  }
}, 180_000);

const publicPack = () =>
  read.get('board-2024-09-12-agenda.pdf') as { report: AccessibilityReport; facts: PikepdfFacts };
const children = (facts: PikepdfFacts, parent: number) =>
  facts.elements.flatMap((e, i) => (e.parent === parent ? [{ ...e, index: i }] : []));

describe('a pack with tagged and untagged PDF papers, images and an exempt item', () => {
  it('warns in sbp check that the untagged PDF cannot be accessible, at its entry in the meeting file', async () => {
    const { diagnostics } = await checkRepository(fixture);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
      'board/2024-09-12.md:20:14 warning paper-untagged',
      // The rule drawn as an image has no alt text: the PDF makes it an artifact, and check asks whether it is only decoration.
      'papers/2024-09-12/community-impact-days.md:20:1 warning image-alt-missing',
    ]);
  });

  it("builds both packs without errors, and both pass every machine check, the agenda's bookmarks included", () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const [name, { report }] of read) expect(report.passed, formatAccessibilitySummary(name, report)).toBe(true);
  });

  it("keeps the tagged paper's structure under its item, its heading nested below the item's", () => {
    const { facts } = publicPack();
    const part = facts.elements.findIndex((e) => e.type === '/Part');
    const section = facts.elements[part].parent as number;
    const siblings = children(facts, section).map((e) => e.type);
    expect(siblings.slice(0, 2)).toEqual(['/H2', '/H3']);
    expect(children(facts, part).map((e) => e.type)).toEqual(['/H4', '/P', '/Table', '/Table', '/P']);
  });

  it('makes the untagged paper one Figure described by its title, and tags images by their alt text', () => {
    const { facts } = publicPack();
    const figures = facts.elements.filter((e) => e.type === '/Figure');
    expect(figures.map((f) => f.alt)).toEqual([
      'Fly-tips cleared: 41 in Penge in July, 28 in Mottingham in August',
      'Letter from the Police and Crime Commissioner: a paper supplied as a PDF of 2 pages without tags, so its text cannot be read out here.',
    ]);
    // The image with no alt text is decoration: an artifact, so nothing is left untagged.
    expect(facts.untaggedPages).toEqual([]);
    expect(facts.unreachablePages).toEqual([]);
  });

  it('draws the turned page of the letter inside its pack page, and the exempt paper only in the members pack', () => {
    const text = (name: string) =>
      execFileSync('pdftotext', ['-layout', path.join(out, name), '-'], { encoding: 'utf8' });
    expect(text('board-2024-09-12-agenda.pdf')).toContain('LETTERCANARY');
    const bbox = execFileSync('pdftotext', ['-bbox', path.join(out, 'board-2024-09-12-agenda.pdf'), '-'], {
      encoding: 'utf8',
    });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">LETTERCANARY/.exec(bbox);
    expect(word).not.toBeNull();
    const [x0, y0, x1, y1] = (word as RegExpExecArray).slice(1).map(Number);
    expect(x0 >= 36 && x1 <= 595 - 36 && y0 >= 0 && y1 <= 842 - 50).toBe(true);
    expect(text('board-2024-09-12-agenda.pdf')).not.toContain('CANARY-EXEMPT-7f3a');
    expect(text('board-2024-09-12-agenda-members.pdf')).toContain('CANARY-EXEMPT-7f3a');
    expect(text('board-2024-09-12-agenda-members.pdf')).toContain('NOT FOR PUBLICATION');
  });
});
