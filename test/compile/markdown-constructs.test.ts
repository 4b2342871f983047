import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildMeetings } from '../../src/compile/build-meetings.js';
import { copyRepo, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

// A paper with every construct of issue 13 (a comment, an unclosed <b>, reference link and image, a
// footnote, a description and a definition list, script, iframe, style, onerror, a javascript: link,
// a remote image, an image without alt text), the paper after it, and minutes with a RESOLVED marker.
const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/markdown-constructs');
let out: string;
let result: BuildResult;
const agendaPdf = () => path.join(out, 'board-2024-06-13-agenda.pdf');
const minutesPdf = () => path.join(out, 'board-2024-06-13-minutes.pdf');

function pdftotext(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** Every link annotation of the PDF, as [page, URI or named destination], read with pikepdf. */
function readLinks(file: string): [number, string][] {
  const script = [
    'import json, sys, pikepdf',
    'pdf = pikepdf.open(sys.argv[1])',
    'links = []',
    'for n, page in enumerate(pdf.pages, 1):',
    '    for a in page.obj.get("/Annots", None) or []:',
    '        if a.get("/Subtype") != "/Link": continue',
    '        act = a.get("/A")',
    '        links.append([n, str(act.get("/URI")) if act is not None and "/URI" in act else str(a.get("/Dest"))])',
    'print(json.dumps(links))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

/** The text runs pdftohtml reads, each with whether its font is bold. */
function readRuns(file: string): { text: string; bold: boolean }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return [...xml.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) => ({
    text: m[1].replace(/<[^>]+>/g, ''),
    bold: /<b>/.test(m[1]),
  }));
}

beforeAll(async () => {
  const dir = copyRepo(FIXTURE);
  out = makeTempDir();
  result = await buildMeetings({
    dir,
    meetings: ['board-2024-06-13'],
    all: false,
    full: false,
    html: true,
    out,
    force: false,
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
}, 180_000);

describe('a paper with every Markdown construct, built through Chromium', () => {
  it('builds the pack and the minutes, warning about the images it leaves out', () => {
    expect(result.written.map((f) => path.basename(f)).sort()).toEqual([
      'board-2024-06-13-agenda.pdf',
      'board-2024-06-13-minutes.pdf',
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'papers/2024-06-13/every-construct.md:23:1 image-refused',
      'papers/2024-06-13/every-construct.md:27:1 image-refused',
    ]);
  });

  it('prints no comment, no script result, and each footnote after its marker', () => {
    const text = pdftotext(agendaPdf());
    expect(text).not.toContain('COMMENT-CANARY');
    expect(text).not.toContain('SCRIPT-RAN');
    expect(text).toContain('DEFINITION-TEXT');
    expect(text).toMatch(/A claim with a footnote\.1 And an \[undefined reference\]\[nope\]\./);
    expect(text.indexOf('FOOTNOTE-TEXT')).toBeGreaterThan(text.indexOf('A claim with a footnote.'));
    expect(text).toContain('[Image "remote chart" not shown: remote images are not included]');
    expect(text).toContain('[Image not shown: images must be written in Markdown]');
  });

  it('keeps the reference link as a link, and footnote markers link to their notes', () => {
    const links = readLinks(agendaPdf()).map(([, target]) => target);
    expect(links).toContain('https://www.bromley.gov.uk/');
    expect(links.some((l) => /fn-src$/.test(l))).toBe(true);
    expect(links.some((l) => /fnref-src$/.test(l))).toBe(true);
    expect(links.some((l) => /^javascript:/i.test(l))).toBe(false);
  });

  it('shows the repository image by reference, and bolds only the paper with the unclosed <b>', () => {
    const images = execFileSync('pdfimages', ['-list', agendaPdf()], { encoding: 'utf8' });
    expect(images).toMatch(/\s40\s+20\s/);
    const runs = readRuns(agendaPdf());
    expect(runs.find((r) => r.text.includes('UNCLOSED-BOLD'))?.bold).toBe(true);
    const next = runs.filter((r) => r.text.includes('NEXT-PAPER-TEXT'));
    expect(next).toHaveLength(1);
    expect(next[0].bold).toBe(false);
  });

  it('prints the Markdown list of an item description as a list on the agenda', () => {
    const html = fs.readFileSync(agendaPdf().replace(/\.pdf$/, '.html'), 'utf8');
    expect(html).toMatch(
      /<div class="agenda-description"><p>The update covers:<\/p>\s*<ul>\s*<li>DESCRIPTION-ITEM-ONE/,
    );
    expect(pdftotext(agendaPdf())).toMatch(/DESCRIPTION-ITEM-ONE: burglary\s+\S*\s*DESCRIPTION-ITEM-TWO/);
  });

  it('writes HTML with no script, no comment and no remote or javascript: source', () => {
    for (const file of ['board-2024-06-13-agenda.html', 'board-2024-06-13-minutes.html']) {
      const html = fs.readFileSync(path.join(out, file), 'utf8');
      expect(html).not.toMatch(/<script|<iframe|<style[^>]*>[^<]*color: red|<!--|onerror|javascript:/i);
      expect(html).not.toMatch(/src="(https?:|\/\/)/);
    }
  });

  it('prints the minutes in written order, with the resolutions at the RESOLVED marker or before trailing notes', () => {
    const text = pdftotext(minutesPdf()).replace(/\s+/g, ' ');
    const order = (...needles: string[]) => needles.map((n) => text.indexOf(n));
    const plan = order('NARRATIVE-BEFORE', 'MID-NOTE', 'PLAN-RESOLUTION', 'NARRATIVE-AFTER');
    expect(plan.every((at) => at >= 0)).toBe(true);
    expect([...plan].sort((a, b) => a - b)).toEqual(plan);
    const aob = order('AOB-TEXT', 'AOB-RESOLUTION', 'TRAILING-NOTE');
    expect(aob.every((at) => at >= 0)).toBe(true);
    expect([...aob].sort((a, b) => a - b)).toEqual(aob);
    // The marker itself is not printed: only "RESOLVED that ..." lines carry the word.
    expect(text.match(/RESOLVED(?! that)/g)).toBeNull();
  });
});
