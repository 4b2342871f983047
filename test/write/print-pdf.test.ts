import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, launchBrowser } from '../../src/write/launch-browser.js';
import { printHtmlToPdf } from '../../src/write/print-pdf.js';
import { readNamedDestinations } from '../../src/write/read-named-destinations.js';

let session: BrowserSession;
const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-repo-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(repo, 'ok.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  session = await launchBrowser({ allowedRoots: [repo] });
});
afterAll(async () => session?.close());

describe('printHtmlToPdf', () => {
  it('refuses every request outside the repository and runs no script', async () => {
    const outside = pathToFileURL('/etc/hostname').href;
    const inside = pathToFileURL(path.join(repo, 'ok.svg')).href;
    const html = `<html><head><title>t</title></head><body><img src="https://example.com/x.png"><img src="${outside}"><img src="${inside}"><script>document.body.innerHTML='SCRIPTRAN'</script><p>hello</p></body></html>`;
    const result = await printHtmlToPdf(session, html, { name: 'refuse', tagged: true });
    expect(result.refused.sort()).toEqual([outside, 'https://example.com/x.png'].sort());
    expect(result.failed).toEqual([]);
    expect(Buffer.from(result.pdf).toString('latin1')).not.toContain('SCRIPTRAN');
  });

  it('refuses a file reached through a symlink out of the repository, as the path guard decides', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'sbp-outside-'));
    fs.writeFileSync(path.join(outside, 'x.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    fs.symlinkSync(path.join(outside, 'x.svg'), path.join(repo, 'linked.svg'));
    fs.symlinkSync(outside, path.join(repo, 'linked-folder'));
    const viaFile = pathToFileURL(path.join(repo, 'linked.svg')).href;
    const viaFolder = pathToFileURL(path.join(repo, 'linked-folder/x.svg')).href;
    const missing = pathToFileURL(path.join(repo, 'missing.svg')).href;
    const html = `<html><head><title>t</title></head><body><img src="${viaFile}"><img src="${viaFolder}"><img src="${missing}"></body></html>`;
    const result = await printHtmlToPdf(session, html, { name: 'links', tagged: true });
    expect(result.refused.sort()).toEqual([viaFile, viaFolder].sort());
    // A missing file inside the repository is let through, so that it fails visibly.
    expect(result.failed).toEqual([missing]);
  });

  it('writes a named destination for every link target, on its page', async () => {
    const html =
      '<html><body><a href="#a">a</a><a href="#b">b</a><section id="a" style="break-before:page">A</section><section id="b" style="break-before:page">B</section></body></html>';
    const { pdf } = await printHtmlToPdf(session, html, { name: 'dests', tagged: true });
    const read = readNamedDestinations(pdf);
    expect(Object.fromEntries(read.pages)).toEqual({ a: 2, b: 3 });
    expect(read.pageCount).toBe(3);
  });

  it('queues prints asked for at once on its one page, each with its own requests', async () => {
    const img = (url: string) => `<img src="${url}">`;
    const inside = pathToFileURL(path.join(repo, 'ok.svg')).href;
    const html = (remote: string, n: number) =>
      `<html><body>${img(remote)}${img(inside)}${'<p style="break-before:page">x</p>'.repeat(n)}</body></html>`;
    const [a, b, c] = await Promise.all([
      printHtmlToPdf(session, html('https://a.example/x.png', 1), { name: 'queue-a', tagged: true }),
      printHtmlToPdf(session, html('https://b.example/x.png', 2), { name: 'queue-b', tagged: true }),
      printHtmlToPdf(session, html('https://c.example/x.png', 3), { name: 'queue-c', tagged: true }),
    ]);
    expect([a, b, c].map((r) => r.refused)).toEqual([
      ['https://a.example/x.png'],
      ['https://b.example/x.png'],
      ['https://c.example/x.png'],
    ]);
    expect([a, b, c].map((r) => readNamedDestinations(r.pdf).pageCount)).toEqual([2, 3, 4]);
    for (const r of [a, b, c]) expect(r.loaded).toEqual([path.join(repo, 'ok.svg')]);
  });
});

describe('printHtmlToPdf on more than one page', () => {
  it('opens a second page only when a print may use two, and never a third', async () => {
    const html = (n: number) => `<html><body>${'<p style="break-before:page">x</p>'.repeat(n)}</body></html>`;
    const open = async () => (await session.browser.pages()).length;
    await printHtmlToPdf(session, html(1), { name: 'one', tagged: true });
    const before = await open();
    const prints = (pages: number) =>
      Promise.all([1, 2, 3].map((n) => printHtmlToPdf(session, html(n), { name: `p${n}`, tagged: true, pages })));
    expect((await prints(1)).map((r) => readNamedDestinations(r.pdf).pageCount)).toEqual([1, 2, 3]);
    expect(await open()).toBe(before);
    expect((await prints(2)).map((r) => readNamedDestinations(r.pdf).pageCount)).toEqual([1, 2, 3]);
    expect(await open()).toBe(before + 1);
    await prints(2);
    expect(await open()).toBe(before + 1);
  });
});
