import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer';
import { resolveRepositoryPath } from '../load/resolve-repository-path.js';
import { BrowserFailedError, type BrowserSession } from './launch-browser.js';

/** Options of one print. */
export interface PrintOptions {
  /** Name of the scratch HTML file, for messages. */
  name: string;
  /** Tagged (accessible) output; the pagination print, drawn as artifacts, is not. */
  tagged: boolean;
}

/** A printed PDF with the requests the page was refused or could not load, and the files it did load. */
export interface PrintResult {
  pdf: Uint8Array;
  refused: string[];
  failed: string[];
  /** Files the page read (images, stylesheets), by absolute path: a later print of the same HTML depends on them. */
  loaded: string[];
}

let counter = 0;

interface ReusedPage {
  page: Page;
  /** The lists of the print in progress: requests arrive while it runs. */
  current: { refused: string[]; failed: string[]; loaded: string[] };
}

// One page per browser, reused by every print of the run: opening a page costs more than loading a file.
const pages = new WeakMap<BrowserSession, Promise<ReusedPage>>();

function openPage(session: BrowserSession): Promise<ReusedPage> {
  let reused = pages.get(session);
  if (!reused) {
    reused = (async () => {
      const page = await session.browser.newPage();
      const state: ReusedPage = { page, current: { refused: [], failed: [], loaded: [] } };
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => decideRequest(request, session.allowedRoots, state.current));
      page.on('requestfailed', (request) => {
        if (!state.current.refused.includes(request.url())) state.current.failed.push(request.url());
      });
      return state;
    })();
    pages.set(session, reused);
  }
  return reused;
}

/** Print an HTML document to an A4 PDF (page size from its CSS), JavaScript off and every outside request refused. */
export async function printHtmlToPdf(
  session: BrowserSession,
  html: string,
  options: PrintOptions,
): Promise<PrintResult> {
  const file = path.join(session.scratchDir, `${options.name}-${++counter}.html`);
  writeFileSync(file, html);
  const state = await openPage(session);
  const current: ReusedPage['current'] = { refused: [], failed: [], loaded: [] };
  state.current = current;
  try {
    await withTimeout(
      state.page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: session.timeoutMs }),
      session.timeoutMs,
      `loading ${options.name}`,
    );
    const pdf = await withTimeout(
      // No header, footer or outline from Chromium: sbp draws its own pagination and writes the bookmarks.
      state.page.pdf({
        tagged: options.tagged,
        outline: false,
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        timeout: session.timeoutMs,
      }),
      session.timeoutMs,
      `printing ${options.name}`,
    );
    // The page itself is a scratch file: what the print depends on are the files it loaded from the repository.
    const loaded = [...new Set(current.loaded)].filter((f) => !f.startsWith(session.scratchDir + path.sep)).sort();
    return { pdf, refused: current.refused, failed: current.failed, loaded };
  } finally {
    rmSync(file, { force: true });
  }
}

function decideRequest(request: HTTPRequest, roots: string[], lists: ReusedPage['current']): void {
  const url = request.url();
  if (url.startsWith('data:') || isInsideRoots(url, roots)) {
    // isInsideRoots read the URL as a path already: it cannot throw here.
    if (url.startsWith('file:')) lists.loaded.push(path.resolve(fileURLToPath(url)));
    void request.continue();
    return;
  }
  lists.refused.push(url);
  void request.abort('accessdenied');
}

/**
 * Whether a file: URL names a file inside one of the allowed roots, decided by the same guard as every read
 * (symlinks followed). A missing file inside a root is let through, so that it fails visibly as "failed".
 */
function isInsideRoots(url: string, roots: string[]): boolean {
  if (!url.startsWith('file:')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  return roots.some((root) => {
    const resolved = resolveRepositoryPath(root, file);
    return resolved.ok || resolved.reason === 'missing';
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new BrowserFailedError(`Chromium took longer than ${Math.round(ms / 1000)} s ${what}`)),
      ms + 1000,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
