import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { closeOnSignal } from './close-on-signal.js';
import { findBrowserExecutable } from './find-browser.js';
import { startWatchdog } from './start-watchdog.js';

/** A running Chromium for one build run, with its scratch folder. */
export interface BrowserSession {
  browser: Browser;
  /** Scratch folder for HTML files being printed; removed on close. */
  scratchDir: string;
  /** Folders whose files a page may load (the repository, the templates, the scratch folder). */
  allowedRoots: string[];
  timeoutMs: number;
  close(): Promise<void>;
}

/** Chromium did not start, hung, or failed while printing. */
export class BrowserFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserFailedError';
  }
}

const FLAGS = [
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--font-render-hinting=none',
];

const loadPuppeteer = () => import('puppeteer').then((loaded) => loaded.default);
let loading: ReturnType<typeof loadPuppeteer> | undefined;

/** Load puppeteer (once): on first use only, so that commands that print nothing (and `sbp --help`) never pay for it. */
function importPuppeteer(): ReturnType<typeof loadPuppeteer> {
  loading ??= loadPuppeteer();
  return loading;
}

/**
 * Launch one headless Chromium, found as findBrowserExecutable says, with a fresh profile. Nothing
 * outlives sbp: Chromium talks over a pipe and exits when sbp's end closes (even on SIGKILL); a watchdog
 * process removes the profile and scratch folder then; SIGINT, SIGTERM and SIGHUP close it cleanly first.
 */
export async function launchBrowser(options: {
  allowedRoots: string[];
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Close on SIGINT, SIGTERM and SIGHUP (default); a worker thread, which gets no signals, leaves that to its owner. */
  handleSignals?: boolean;
}): Promise<BrowserSession> {
  const puppeteer = await importPuppeteer();
  const executablePath = findBrowserExecutable(options.env ?? process.env, readPuppeteerBrowserPath(puppeteer));
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'sbp-chromium-'));
  const scratchTmp = path.join(scratchDir, 'tmp');
  mkdirSync(scratchTmp);
  const watchdog = startWatchdog(scratchDir);
  const timeoutMs = options.timeoutMs ?? 60_000;
  // The sandbox cannot start as root (containers, CI); elsewhere keep it.
  const sandbox = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : [];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      timeout: timeoutMs,
      userDataDir: path.join(scratchDir, 'profile'),
      // Chromium's own temporary files too, so that removing the scratch folder leaves nothing behind.
      env: { ...(options.env ?? process.env), TMPDIR: scratchTmp },
      args: [...FLAGS, ...sandbox],
      // The DevTools pipe instead of a WebSocket: Chromium exits when sbp's end of it closes.
      pipe: true,
      // Signals are handled below, for every session of the run, with the scratch folder.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    rmSync(scratchDir, { recursive: true, force: true });
    watchdog.release();
    throw new BrowserFailedError(`could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
  const pid = browser.process()?.pid;
  if (pid !== undefined) watchdog.watch(pid);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      try {
        await stopChromium(browser);
      } finally {
        // Off the main thread (the profile holds some hundred files), while the last document is assembled;
        // retried, since a helper killed a moment ago may have been writing into it. What cannot be removed
        // is left to the watchdog, which is then not released.
        const removed = await rm(scratchDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }).then(
          () => true,
          () => false,
        );
        if (removed) watchdog.release();
        untrack();
      }
    })());
  const untrack = options.handleSignals === false ? () => undefined : closeOnSignal(close);
  return { browser, scratchDir, allowedRoots: [...options.allowedRoots, scratchDir], timeoutMs, close };
}

/**
 * End Chromium with SIGTERM, which it answers by exiting at once (puppeteer's close waits for a graceful
 * shutdown, about four times as long, and its profile is thrown away anyway); SIGKILL if it lingers 5 s.
 * Then its process group (puppeteer starts it detached): a renderer or utility process may outlive it a moment.
 */
async function stopChromium(browser: Browser): Promise<void> {
  const child = browser.process();
  if (!child?.pid) return browser.close().catch(() => undefined);
  const group = -child.pid;
  if (child.exitCode === null && child.signalCode === null) {
    let timer: NodeJS.Timeout | undefined;
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    });
    child.kill('SIGTERM');
    await exited.finally(() => clearTimeout(timer));
  }
  try {
    process.kill(group, 'SIGKILL');
  } catch {
    // ESRCH: nothing of it is left.
  }
}

function readPuppeteerBrowserPath(puppeteer: { executablePath(): string }): string | undefined {
  try {
    return puppeteer.executablePath();
  } catch {
    // No browser configured for puppeteer (its download was skipped).
    return undefined;
  }
}
