// Benchmark of `sbp build`, run after `npx tsc -p .`:
//  1. `sbp build` of the largest bundled pack against a bare Chromium print of the same final HTML (both with launch; aim < 1.5x);
//  2. `sbp build --all` over 20 meetings against 20 separate `sbp build <meeting>` processes (aim: 3x faster).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sbp = (args) => execFileSync(process.execPath, [path.join(root, 'bin/sbp'), ...args], { stdio: 'pipe' });
const time = async (fn) => { const start = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - start) / 1e9; };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-bench-'));

// 1. The largest bundled pack.
const meetings = path.join(root, 'meetings');
const first = path.join(tmp, 'first');
sbp(['build', '--all', '--html', '--dir', meetings, '--out', first]);
const largest = fs.readdirSync(first).filter((f) => f.endsWith('-agenda.pdf')).sort((a, b) => fs.statSync(path.join(first, b)).size - fs.statSync(path.join(first, a)).size)[0];
const id = largest.replace(/-agenda\.pdf$/, '');
const sbpSeconds = await time(() => sbp(['build', id, '--dir', meetings, '--out', path.join(tmp, 'one')]));
const { default: puppeteer } = await import('puppeteer');
const { findBrowserExecutable } = await import(pathToFileURL(path.join(root, 'dist/write/find-browser.js')).href);
const html = path.join(first, `${id}-agenda.html`);
const bareSeconds = await time(async () => {
  const browser = await puppeteer.launch({ executablePath: findBrowserExecutable(process.env), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  await browser.close();
});

// 2. Twenty meetings: copies of the fixture's agenda on twenty dates.
const repo = path.join(tmp, 'repo');
fs.cpSync(path.join(root, 'test/fixtures/build-basic'), repo, { recursive: true });
const agenda = fs.readFileSync(path.join(repo, 'board/2021-03-11.md'), 'utf8');
fs.rmSync(path.join(repo, 'board'), { recursive: true });
fs.mkdirSync(path.join(repo, 'board'));
const ids = [];
for (let i = 0; i < 20; i++) {
  const date = new Date(Date.UTC(2021, 5, 1 + i * 7)).toISOString().slice(0, 10);
  fs.writeFileSync(path.join(repo, `board/${date}.md`), agenda.replace('date: "2021-03-11"', `date: "${date}"`));
  ids.push(`board-${date}`);
}
const allSeconds = await time(() => { try { sbp(['build', '--all', '--dir', repo, '--out', path.join(tmp, 'all')]); } catch { /* exit 1: the fixture's broken PDF paper */ } });
const separateSeconds = await time(() => { for (const m of ids) try { sbp(['build', m, '--dir', repo, '--out', path.join(tmp, 'separate')]); } catch { /* as above */ } });

const report = {
  largestPack: id,
  sbpBuildSeconds: +sbpSeconds.toFixed(2),
  bareChromiumSeconds: +bareSeconds.toFixed(2),
  ratio: +(sbpSeconds / bareSeconds).toFixed(2),
  allTwentySeconds: +allSeconds.toFixed(2),
  twentyProcessesSeconds: +separateSeconds.toFixed(2),
  speedup: +(separateSeconds / allSeconds).toFixed(2),
};
console.log(JSON.stringify(report, null, 2));
fs.rmSync(tmp, { recursive: true, force: true });
