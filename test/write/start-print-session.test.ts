import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

// The compiled modules (global-setup builds dist/): only there does the print worker exist, as it does for bin/sbp.
const load = <T>(module: string): Promise<T> => import(pathToFileURL(path.join(PROJECT_ROOT, 'dist', module)).href);
const { startPrintSession } =
  await load<typeof import('../../src/write/start-print-session.js')>('write/start-print-session.js');
const { PrintTimeoutError } = await load<typeof import('../../src/write/print-pdf.js')>('write/print-pdf.js');
const { BrowserNotFoundError } = await load<typeof import('../../src/write/find-browser.js')>('write/find-browser.js');
const { readNamedDestinations } = await load<typeof import('../../src/write/read-named-destinations.js')>(
  'write/read-named-destinations.js',
);

// The worker makes its scratch folder in os.tmpdir(): a folder of this file's own shows what it leaves behind.
const tmp = makeTempDir('sbp-print-session-');
process.env.TMPDIR = tmp;
const repo = makeTempDir('sbp-repo-');
fs.writeFileSync(path.join(repo, 'ok.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
const session = await startPrintSession({ allowedRoots: [repo], timeoutMs: 5_000 });
afterAll(() => session.close());

// `n` pages after `extra` (a break before the first element of a page adds none).
const pagesOf = (n: number, extra = '') =>
  `<html><head><title>t</title></head><body>${extra}${'<p style="break-before:page">x</p>'.repeat(n)}</body></html>`;

describe('startPrintSession (Chromium driven from the print worker)', () => {
  it('prints in the worker, refusing requests outside the roots, and queues prints asked for at once', async () => {
    const inside = pathToFileURL(path.join(repo, 'ok.svg')).href;
    const [a, b] = await Promise.all([
      session.print(pagesOf(1, `<img src="https://a.example/x.png"><img src="${inside}">`), {
        name: 'a',
        tagged: true,
      }),
      session.print(pagesOf(3), { name: 'b', tagged: false }),
    ]);
    expect(a.refused).toEqual(['https://a.example/x.png']);
    expect(a.loaded).toEqual([path.join(repo, 'ok.svg')]);
    expect(b.refused).toEqual([]);
    expect([a, b].map((r) => readNamedDestinations(r.pdf).pageCount)).toEqual([2, 3]);
    expect(Buffer.from(a.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('fails a print that runs out of time with the timeout error, and prints the next one on a fresh page', async () => {
    // Chromium lays out a long run of "[" quadratically under word-break: break-all: far beyond a second.
    const slow = `<html><body><p style="word-break:break-all">${'['.repeat(300_000)}</p></body></html>`;
    const failed = await session.print(slow, { name: 'slow', tagged: true, timeoutMs: 1_000 }).catch((e: Error) => e);
    expect(failed).toBeInstanceOf(PrintTimeoutError);
    expect((failed as InstanceType<typeof PrintTimeoutError>).seconds).toBe(1);
    const next = await session.print(pagesOf(2), { name: 'after', tagged: true });
    expect(readNamedDestinations(next.pdf).pageCount).toBe(2);
  });

  it('rejects with the browser-not-found error when there is no browser, leaving no worker behind', async () => {
    const missing = await startPrintSession({
      allowedRoots: [repo],
      env: { PUPPETEER_EXECUTABLE_PATH: path.join(tmp, 'no-such-chromium') },
    }).catch((e: Error) => e);
    expect(missing).toBeInstanceOf(BrowserNotFoundError);
    expect((missing as Error).message).toContain('no-such-chromium');
  });

  it('closes Chromium and removes its scratch folder, and refuses prints after', async () => {
    const other = await startPrintSession({ allowedRoots: [repo] });
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('sbp-chromium-')).length).toBe(2);
    await other.close();
    await other.close();
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('sbp-chromium-')).length).toBe(1);
    await expect(other.print(pagesOf(1), { name: 'late', tagged: true })).rejects.toThrow(/closed/);
  });
});
