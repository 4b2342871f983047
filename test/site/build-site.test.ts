import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from '../helpers/make-temp-repo.js';
import { listFiles, listLinks } from '../helpers/site-files.js';

const BASE = 'https://sbp.example.org/meetings/';
let out: string;

beforeAll(async () => {
  out = makeTempDir('sbp-site-');
  const result = await buildSite({ dir: BUNDLED_MEETINGS, out, baseUrl: BASE, pdf: false });
  expect(result.diagnostics).toEqual([]);
  expect(result.built).toBe(true);
}, 240_000);

describe('sbp site (bundled repository)', () => {
  it('writes a page per body, meeting, person and Markdown paper, the fixed pages, feeds, data and search', () => {
    const files = new Set(listFiles(out));
    for (const page of [
      'index.html',
      'meetings.html',
      'people.html',
      'search.html',
      'accessibility.html',
      'open-data.html',
    ])
      expect(files, page).toContain(page);
    for (const id of [
      'board-2014-06-13',
      'board-2019-03-14',
      'board-2019-06-20',
      'board-2021-09-09',
      'board-2021-12-09',
    ]) {
      expect(files).toContain(`meetings/${id}.html`);
      expect(files).toContain(`meetings/${id}.ics`);
      expect(files).toContain(`data/oparl/meeting/${id}.json`);
    }
    expect(files).toContain('bodies/board.html');
    expect(files).toContain('bodies/board-actions.html');
    expect(files).toContain('people/rob-vale.html');
    expect(files).toContain('documents/papers/2019-06-20/asb-and-envirocrime.html');
    expect(files).toContain('files/papers/2021-12-09/crime-performance-dashboard.pdf');
    for (const f of [
      'feeds/all.ics',
      'feeds/board.ics',
      'feeds/board.atom',
      'data/attendance.csv',
      'data/oparl/system.json',
    ])
      expect(files).toContain(f);
    expect([...files].some((f) => f.startsWith('pagefind/') && f.endsWith('pagefind.js'))).toBe(true);
  }, 240_000);

  it('has no broken internal link, and every link is relative or under the base URL', () => {
    const pages = listFiles(out).filter((f) => f.endsWith('.html'));
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(path.join(out, page), 'utf8');
      for (const link of listLinks(html)) {
        if (/^(https?:|mailto:)/.test(link)) {
          // The only absolute links are the stream of a virtual meeting, mail, and the site's own base.
          expect(
            link.startsWith(BASE) || /^mailto:|councilmeetingslive|^https:\/\/www\.bromley\.gov\.uk/.test(link),
            `${page}: ${link}`,
          ).toBe(true);
          continue;
        }
        expect(link, `${page} has an absolute or protocol-relative link`).not.toMatch(/^\/|^[a-z]+:/i);
        const [target, fragment] = link.split('#');
        const file = target
          ? path.resolve(path.dirname(path.join(out, page)), decodeURIComponent(target))
          : path.join(out, page);
        expect(existsSync(file), `${page} links to missing ${link}`).toBe(true);
        if (fragment && file.endsWith('.html')) {
          const targetHtml = readFileSync(file, 'utf8');
          expect(
            targetHtml.includes(`id="${decodeURIComponent(fragment)}"`),
            `${page} links to missing #${fragment} in ${target || page}`,
          ).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  }, 240_000);

  it('gives the same bytes for the same repository, and rewrites nothing when nothing changed', async () => {
    const again = makeTempDir('sbp-site-');
    await buildSite({ dir: BUNDLED_MEETINGS, out: again, baseUrl: BASE, pdf: false });
    const files = listFiles(out);
    expect(listFiles(again)).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
    const rerun = await buildSite({ dir: BUNDLED_MEETINGS, out: again, baseUrl: BASE, pdf: false });
    expect(rerun.written).toEqual([]);
    expect(rerun.removed).toEqual([]);
  }, 240_000);

  it('after one meeting changes, rewrites only the files that depend on it', async () => {
    const repo = copyRepo(BUNDLED_MEETINGS);
    const site = makeTempDir('sbp-site-');
    await buildSite({ dir: repo, out: site, baseUrl: BASE, pdf: false });
    const before = new Map(listFiles(site).map((f) => [f, statSync(path.join(site, f)).mtimeMs]));
    const file = path.join(repo, 'board/2021-12-09.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('time: "10:00"', 'time: "10:30"'));
    const result = await buildSite({ dir: repo, out: site, baseUrl: BASE, pdf: false });
    const rewritten = result.written.filter((f) => !f.startsWith('pagefind/'));
    expect(rewritten.sort()).toEqual(
      [
        'data/oparl/meeting/board-2021-12-09.json',
        'data/oparl/meetings.json',
        'data/oparl/organization/board/meetings.json',
        'feeds/all.ics',
        'feeds/board.ics',
        'meetings/board-2021-12-09.html',
        'meetings/board-2021-12-09.ics',
        // The lists that show the meeting's time.
        'bodies/board.html',
        'index.html',
        'meetings.html',
      ].sort(),
    );
    // Pages of other meetings, people and papers were not touched.
    for (const f of ['meetings/board-2019-03-14.html', 'people/rob-vale.html', 'bodies/board-actions.html'])
      expect(statSync(path.join(site, f)).mtimeMs, f).toBe(before.get(f));
    expect(readFileSync(path.join(site, 'meetings/board-2021-12-09.html'), 'utf8')).toContain('10.30 am');
  }, 240_000);
});
