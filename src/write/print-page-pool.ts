import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, HTTPRequest, Page } from 'puppeteer';
import { resolveRepositoryPath } from '../load/resolve-repository-path.js';
import type { BrowserSession } from './launch-browser.js';

/** A page that prints reuse, JavaScript off and every request outside the session's roots refused. */
export interface PrintPage {
  page: Page;
  /**
   * The page's own browser context, for a page opened after one was discarded: a new context is sure to get a new
   * renderer, never the hung one. The first page is in the default context, which costs Chromium far less to set up.
   */
  context?: BrowserContext;
  /** The lists of the print in progress: requests arrive while it runs. */
  current: { refused: string[]; failed: string[]; loaded: string[] };
}

interface Pool {
  idle: PrintPage[];
  open: number;
  waiting: ((page: Promise<PrintPage>) => void)[];
  /** A page was discarded: every page opened from now on gets a browser context of its own. */
  discarded: boolean;
}

const pools = new WeakMap<BrowserSession, Pool>();

/**
 * A free page of the session: an idle one, a new one while fewer than `limit` are open, else the next released.
 * One page by default, prints queuing for it (a pack's footers behind its front): opening a page costs more than
 * loading a file, and for one document a second renderer measured slower on two cores than waiting for the first.
 * A run of several documents is faster on two (one document's prints beside the next one's).
 */
export function acquirePage(session: BrowserSession, limit = 1): Promise<PrintPage> {
  const pool = poolOf(session);
  const idle = pool.idle.pop();
  if (idle) return Promise.resolve(idle);
  if (pool.open < limit) return openCounted(session, pool);
  return new Promise((resolve) => pool.waiting.push(resolve));
}

/** Give a page back after a print that ended well. */
export function releasePage(session: BrowserSession, page: PrintPage): void {
  const pool = poolOf(session);
  const next = pool.waiting.shift();
  if (next) next(Promise.resolve(page));
  else pool.idle.push(page);
}

/** Close a page (and its browser context, if it has one), ending its renderer even if hung; a few seconds at most. */
export async function discardPage(session: BrowserSession, page: PrintPage): Promise<void> {
  const pool = poolOf(session);
  pool.open--;
  pool.discarded = true;
  // A print waiting for a page gets a fresh one.
  const next = pool.waiting.shift();
  if (next) next(openCounted(session, pool));
  let timer: NodeJS.Timeout | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, 5000);
  });
  const closing = page.context ? page.context.close() : page.page.close();
  await Promise.race([closing.catch(() => undefined), wait]).finally(() => clearTimeout(timer));
}

function poolOf(session: BrowserSession): Pool {
  let pool = pools.get(session);
  if (!pool) {
    pool = { idle: [], open: 0, waiting: [], discarded: false };
    pools.set(session, pool);
  }
  return pool;
}

function openCounted(session: BrowserSession, pool: Pool): Promise<PrintPage> {
  pool.open++;
  return openPage(session, pool.discarded).catch((error: unknown) => {
    pool.open--;
    throw error;
  });
}

async function openPage(session: BrowserSession, ownContext: boolean): Promise<PrintPage> {
  const context = ownContext ? await session.browser.createBrowserContext() : undefined;
  const page = await (context ?? session.browser).newPage();
  const state: PrintPage = { page, context, current: { refused: [], failed: [], loaded: [] } };
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => decideRequest(request, session.allowedRoots, state.current));
  page.on('requestfailed', (request) => {
    if (!state.current.refused.includes(request.url())) state.current.failed.push(request.url());
  });
  return state;
}

function decideRequest(request: HTTPRequest, roots: string[], lists: PrintPage['current']): void {
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
