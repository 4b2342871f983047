import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuildResult, buildMeetings } from '../../src/compile/build-meetings.js';
import { readWithPikepdf } from '../helpers/read-with-pikepdf.js';

const fixture = path.resolve(__dirname, '../fixtures/build-basic');
const CANARIES = ['EXEMPTCANARY-7f3a', 'MINUTESCANARY'];
let out: string;
let result: BuildResult;

function pdftotext(file: string, first?: number): string {
  const range = first ? ['-f', String(first), '-l', String(first)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-build-'));
  result = await buildMeetings({
    dir: fixture,
    meetings: [],
    all: true,
    full: true,
    html: true,
    out,
    force: false,
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
});

describe('buildMeetings', () => {
  it("writes the public and members' packs and minutes", () => {
    expect(result.written.map((f) => path.basename(f)).sort()).toEqual([
      'board-2021-01-14-agenda-members.pdf',
      'board-2021-01-14-agenda.pdf',
      'board-2021-01-14-minutes-members.pdf',
      'board-2021-01-14-minutes.pdf',
      'board-2021-03-11-agenda-members.pdf',
      'board-2021-03-11-agenda.pdf',
    ]);
    expect(fs.readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes the documents in order, though two are built at once', () => {
    expect(result.written.map((f) => path.basename(f))).toEqual([
      'board-2021-01-14-agenda.pdf',
      'board-2021-01-14-agenda-members.pdf',
      'board-2021-01-14-minutes.pdf',
      'board-2021-01-14-minutes-members.pdf',
      'board-2021-03-11-agenda.pdf',
      'board-2021-03-11-agenda-members.pdf',
    ]);
  });

  it('reports the broken PDF paper and the refused images, and builds anyway', () => {
    const lines = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
    expect(lines).toEqual([
      'papers/broken.pdf:1 paper-invalid papers/broken.pdf is damaged and cannot be read; the pack shows a notice in its place',
      'papers/wide-table.md:14 image-refused remote image https://example.com/chart.png is not included',
      'papers/wide-table.md:16 image-refused image ../../../../etc/hostname is outside the meetings repository and is not included',
      'papers/wide-table.md:18 image-missing image papers/missing.png does not exist: the PDF shows its alt text instead',
    ]);
    expect(pdftotext(path.join(out, 'board-2021-03-11-agenda.pdf'))).toContain(
      'The paper papers/broken.pdf could not be included: it is damaged and cannot be read.',
    );
  });

  it('never puts an exempt paper or minute in any byte of a public output', () => {
    const publicFiles = fs.readdirSync(out).filter((f) => /\.(pdf|html)$/.test(f) && !f.includes('members'));
    expect(publicFiles).toHaveLength(6);
    for (const file of publicFiles) {
      const full = path.join(out, file);
      const qdf = path.join(out, `${file}.qdf`);
      if (file.endsWith('.pdf')) execFileSync('qpdf', ['--qdf', '--object-streams=disable', full, qdf]);
      const haystacks = [
        fs.readFileSync(full, 'latin1'),
        file.endsWith('.pdf') ? fs.readFileSync(qdf, 'latin1') + pdftotext(full) : '',
      ];
      for (const canary of CANARIES)
        for (const hay of haystacks) expect(hay.includes(canary), `${canary} in ${file}`).toBe(false);
      fs.rmSync(qdf, { force: true });
    }
    const members = pdftotext(path.join(out, 'board-2021-03-11-agenda-members.pdf'));
    expect(members).toContain('EXEMPTCANARY-7f3a');
    expect(members).toContain('MINUTESCANARY');
    expect(pdftotext(path.join(out, 'board-2021-03-11-agenda.pdf'))).toContain(
      'This item contains exempt information (paragraph 3 of Part 1 of Schedule 12A',
    );
  });

  it('prints page ranges on the agenda that match the pages where each Agenda Item starts', () => {
    const file = path.join(out, 'board-2021-03-11-agenda.pdf');
    const pages = Number(pdfinfo(file).Pages);
    const starts = new Map<string, number>();
    for (let page = 1; page <= pages; page++) {
      const match = /Agenda Item (\w+)/.exec(pdftotext(file, page));
      if (match) starts.set(match[1], page);
    }
    const ranges = [...pdftotext(file).matchAll(/^\s*(\w+)\s+.*\(Pages? (\d+)(?: - (\d+))?\)/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(ranges.length).toBeGreaterThanOrEqual(5);
    for (const [item, from] of ranges) expect(starts.get(String(item)), `item ${item}`).toBe(from);
    for (const page of starts.values()) expect(page % 2).toBe(1);
    expect(pdftotext(file, 4)).toContain('This page is left intentionally blank');
    expect(pdftotext(file)).toContain('SUPPLIEDPAPER page 3');
  });

  it('writes tagged PDFs with metadata, embedded fonts and a bookmark per agenda item', () => {
    const file = path.join(out, 'board-2021-03-11-agenda.pdf');
    const info = pdfinfo(file);
    expect(info).toMatchObject({
      Tagged: 'yes',
      Title: 'Safer Testing Partnership Board: agenda pack for 11 March 2021',
      Author: 'London Borough of Testing, Safer Testing Partnership',
      CreationDate: 'Tue Mar  2 00:00:00 2021 UTC',
    });
    expect(info.Subject).toContain('Agenda pack');
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 1 << 26 }).toString(
      'latin1',
    );
    expect(qdf).toContain('/Lang (en-GB)');
    expect(qdf).toContain('/StructTreeRoot');
    // One bookmark per agenda item, numbered and titled as the agenda prints it, sub-items nested.
    expect(readWithPikepdf(file).outline.map((b) => `${'  '.repeat(b.depth)}${b.title}`)).toEqual([
      '1 APOLOGIES FOR ABSENCE',
      '2 MINUTES OF THE PREVIOUS MEETING HELD ON 14TH JANUARY 2021',
      '3 MATTERS ARISING',
      '4 REPORTS FROM SUB-GROUPS',
      '  4a WIDE TABLE REPORT',
      '  4b SUPPLIED PDF',
      '  4c BROKEN PDF',
      '5 EXEMPT LEASE',
      '6 ANY OTHER BUSINESS',
    ]);
    // The supplied PDF paper of the fixture uses a non-embedded standard font: check a document sbp made alone.
    const fonts = execFileSync('pdffonts', [path.join(out, 'board-2021-01-14-minutes.pdf')], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  it('marks draft minutes and keeps the Action column level with each resolution', () => {
    const text = pdftotext(path.join(out, 'board-2021-01-14-minutes.pdf'));
    expect(text).toMatch(/DRAFT/);
    expect(text).toMatch(/\(2\)\s+a report on knife crime comes to the next meeting\.\s+AM\/RV/);
    expect(text).toContain('The meeting ended at 11.30 am');
    expect(text).toContain('Safer Testing Partnership Board 14 January 2021');
    expect(text).toMatch(/Councillor Kate Lymer, \(Portfolio Holder\) \(Chairman\)/);
  });

  it('gives byte-identical files from the same sources, and skips what is up to date', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-build-'));
    // Without the print cache: Chromium prints everything again, and the files are still the same bytes.
    await buildMeetings({
      dir: fixture,
      meetings: ['board-2021-03-11'],
      all: false,
      full: false,
      html: false,
      out: again,
      force: false,
      env: { ...process.env, SOURCE_DATE_EPOCH: '', SBP_CACHE_DIR: 'off' },
    });
    const name = 'board-2021-03-11-agenda.pdf';
    expect(Buffer.compare(fs.readFileSync(path.join(again, name)), fs.readFileSync(path.join(out, name)))).toBe(0);
    const rerun = await buildMeetings({
      dir: fixture,
      meetings: [],
      all: true,
      full: true,
      html: true,
      out,
      force: false,
      env: { ...process.env, SOURCE_DATE_EPOCH: '' },
    });
    expect(rerun.written).toEqual([]);
    expect(rerun.upToDate).toHaveLength(6);
  });

  it('rebuilds from the print cache into an empty folder without a browser, the same bytes', async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-build-'));
    const warm = await buildMeetings({
      dir: fixture,
      meetings: ['board-2021-03-11'],
      all: false,
      full: true,
      html: false,
      out: again,
      force: false,
      // Every print is in the cache: a browser that does not exist is never asked for.
      env: { ...process.env, SOURCE_DATE_EPOCH: '', PUPPETEER_EXECUTABLE_PATH: path.join(again, 'no-chromium') },
    });
    expect(warm.diagnostics.filter((d) => d.code === 'build-failed')).toEqual([]);
    for (const name of ['board-2021-03-11-agenda.pdf', 'board-2021-03-11-agenda-members.pdf'])
      expect(Buffer.compare(fs.readFileSync(path.join(again, name)), fs.readFileSync(path.join(out, name))), name).toBe(
        0,
      );
  });

  it('rebuilds under --all when only an image a paper names changes', async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-repo-'));
    fs.cpSync(fixture, repo, { recursive: true });
    const again = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-build-'));
    const options = {
      dir: repo,
      meetings: [],
      all: true,
      full: false,
      html: false,
      out: again,
      force: false,
      env: { ...process.env, SOURCE_DATE_EPOCH: '' },
    };
    await buildMeetings(options);
    // papers/wide-table.md names missing.png: adding the image is a change to the pack that shows it.
    fs.writeFileSync(
      path.join(repo, 'papers/missing.png'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const before = fs.readFileSync(path.join(again, 'board-2021-03-11-agenda.pdf'));
    const rerun = await buildMeetings(options);
    expect(rerun.written.map((f) => path.basename(f))).toEqual(['board-2021-03-11-agenda.pdf']);
    // The print cache knows the page asked for the image: the same HTML is printed again, now with the image.
    const after = fs.readFileSync(path.join(again, 'board-2021-03-11-agenda.pdf'));
    expect(Buffer.compare(after, before)).not.toBe(0);
    expect(rerun.upToDate.map((f) => path.basename(f)).sort()).toEqual([
      'board-2021-01-14-agenda.pdf',
      'board-2021-01-14-minutes.pdf',
    ]);
  });
});
