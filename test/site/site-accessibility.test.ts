import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { findBrowserExecutable } from '../../src/write/find-browser.js';
import { type FolderServer, serveFolder } from '../../src/write/serve-folder.js';
import { BUNDLED_MEETINGS, makeTempDir } from '../helpers/make-temp-repo.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// One page of every type.
const PAGES = [
  'index.html',
  'meetings.html',
  'people.html',
  'search.html',
  'accessibility.html',
  'open-data.html',
  'bodies/board.html',
  'bodies/board-actions.html',
  'meetings/board-2019-03-14.html',
  'meetings/board-2021-12-09.html',
  'documents/papers/2021-12-09/keeping-young-people-safe-q3.html',
  'people/rob-vale.html',
];

let out: string;
let browser: Browser;
let server: FolderServer;

beforeAll(async () => {
  out = makeTempDir('sbp-site-a11y-');
  await buildSite({ dir: BUNDLED_MEETINGS, out, baseUrl: 'https://sbp.example.org/', pdf: false });
  browser = await puppeteer.launch({
    executablePath: findBrowserExecutable(process.env, undefined),
    headless: true,
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  server = await serveFolder(out, 0);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(page: Page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

/** Structure axe does not judge: one h1, no skipped heading level, the landmarks, a skip link first. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    const skipped = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
    const first = document.querySelector('a, button, input');
    return {
      h1: levels.filter((l) => l === 1).length,
      skipped,
      main: document.querySelectorAll('main').length,
      banner: document.querySelectorAll('body > header').length,
      footer: document.querySelectorAll('body > footer').length,
      nav: document.querySelectorAll('nav[aria-label="Main"]').length,
      skip: first?.getAttribute('href') === '#main-content' && document.getElementById('main-content') !== null,
      overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
    };
  });
}

describe('the site in Chromium, with axe-core (WCAG 2.2 AA rules)', () => {
  for (const width of [320, 1280]) {
    it(`has no violation and a sound structure on every page type at ${width} px`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      for (const rel of PAGES) {
        await page.goto(pathToFileURL(path.join(out, rel)).href, { waitUntil: 'load' });
        expect(await audit(page), `${rel} at ${width} px`).toEqual([]);
        expect(await inspect(page), `${rel} at ${width} px`).toEqual({
          h1: 1,
          skipped: [],
          main: 1,
          banner: 1,
          footer: 1,
          nav: 1,
          skip: true,
          overflow: false,
        });
      }
      await page.close();
    }, 300_000);
  }

  it('shows where the keyboard focus is', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(out, 'index.html')).href);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, background: style.backgroundColor, left: el.getBoundingClientRect().left };
    });
    // The skip link comes first, on screen once focused, in the focus colour (GOV.UK yellow).
    expect(focused).toMatchObject({ text: 'Skip to main content', background: 'rgb(255, 221, 0)' });
    expect(focused.left).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('finds minutes and papers with Pagefind when served, and the results pass axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search.html?q=arson`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, { timeout: 60_000 });
    const found = await page.evaluate(() => ({
      status: document.getElementById('search-status')?.textContent,
      links: Array.from(document.querySelectorAll('#search-results a')).map((a) => a.getAttribute('href')),
    }));
    expect(found.status).toMatch(/found for "arson"/);
    expect(found.links.some((href) => href?.includes('meetings/board-2019-03-14.html'))).toBe(true);
    // Every result leads to a page that exists.
    for (const href of found.links) expect((await fetch(new URL(href!, server.url))).status, href!).toBe(200);
    expect(await audit(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
