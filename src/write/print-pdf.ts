import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, HTTPRequest, Page } from 'puppeteer';
import { resolveRepositoryPath } from '../load/resolve-repository-path.js';
import { BrowserFailedError, type BrowserSession } from './launch-browser.js';

/** Chromium did not load or print a document within the time allowed (puppeteer's own timeouts included). */
export class PrintTimeoutError extends BrowserFailedError {
  constructor(
    message: string,
    readonly seconds: number,
  ) {
    super(message);
    this.name = 'PrintTimeoutError';
  }
}

/** Options of one print. */
export interface PrintOptions {
  /** Name of the scratch HTML file, for messages. */
  name: string;
  /** Tagged (accessible) output; the pagination print, drawn as artifacts, is not. */
  tagged: boolean;
  /** A shorter limit than the session's, e.g. to find which paper of a pack cannot be printed. */
  timeoutMs?: number;
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
  /** The page's own browser context: closing it ends a renderer that hangs, without touching the rest. */
  context: BrowserContext;
  /** The lists of the print in progress: requests arrive while it runs. */
  current: { refused: string[]; failed: string[]; loaded: string[] };
}

// One page per browser, reused by every print of the run: opening a page costs more than loading a file.
const pages = new WeakMap<BrowserSession, Promise<ReusedPage>>();

function openPage(session: BrowserSession): Promise<ReusedPage> {
  let reused = pages.get(session);
  if (!reused) {
    reused = (async () => {
      const context = await session.browser.createBrowserContext();
      const page = await context.newPage();
      const state: ReusedPage = { page, context, current: { refused: [], failed: [], loaded: [] } };
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
  const timeoutMs = Math.min(options.timeoutMs ?? session.timeoutMs, session.timeoutMs);
  try {
    await withTimeout(
      state.page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: timeoutMs }),
      timeoutMs,
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
        timeout: timeoutMs,
      }),
      timeoutMs,
      `printing ${options.name}`,
    );
    // The page itself is a scratch file: what the print depends on are the files it loaded from the repository.
    const loaded = [...new Set(current.loaded)].filter((f) => !f.startsWith(session.scratchDir + path.sep)).sort();
    return { pdf, refused: current.refused, failed: current.failed, loaded };
  } catch (error) {
    // The page may still be busy with this document: the next print gets a fresh one.
    await discardPage(session, state);
    if ((error as Error).name === 'TimeoutError')
      throw new PrintTimeoutError(
        `Chromium took longer than ${Math.round(timeoutMs / 1000)} s printing ${options.name}`,
        timeoutMs / 1000,
      );
    throw error;
  } finally {
    rmSync(file, { force: true });
  }
}

/** Close a page's browser context (ending its renderer, even a hung one), waiting a few seconds at most. */
async function discardPage(session: BrowserSession, state: ReusedPage): Promise<void> {
  pages.delete(session);
  let timer: NodeJS.Timeout | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, 5000);
  });
  await Promise.race([state.context.close().catch(() => undefined), wait]).finally(() => clearTimeout(timer));
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
      () => reject(new PrintTimeoutError(`Chromium took longer than ${Math.round(ms / 1000)} s ${what}`, ms / 1000)),
      ms + 1000,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
