import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserFailedError, type BrowserSession } from './launch-browser.js';
import { acquirePage, discardPage, type PrintPage, releasePage } from './print-page-pool.js';

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
  /** How many pages may print at once (default 1): a print waits for one of them. */
  pages?: number;
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

/** Print an HTML document to an A4 PDF (page size from its CSS), JavaScript off and every outside request refused. */
export async function printHtmlToPdf(
  session: BrowserSession,
  html: string,
  options: PrintOptions,
): Promise<PrintResult> {
  const file = path.join(session.scratchDir, `${options.name}-${++counter}.html`);
  writeFileSync(file, html);
  const state = await acquirePage(session, options.pages);
  const current: PrintPage['current'] = { refused: [], failed: [], loaded: [] };
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
    releasePage(session, state);
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
