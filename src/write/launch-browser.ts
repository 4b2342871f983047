import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { findBrowserExecutable } from './find-browser.js';

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

/** Launch one headless Chromium, found as findBrowserExecutable says, with a fresh profile. */
export async function launchBrowser(options: {
  allowedRoots: string[];
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<BrowserSession> {
  const { default: puppeteer } = await import('puppeteer');
  const executablePath = findBrowserExecutable(options.env ?? process.env, readPuppeteerBrowserPath(puppeteer));
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'sbp-chromium-'));
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
      args: [...FLAGS, ...sandbox],
    });
  } catch (error) {
    rmSync(scratchDir, { recursive: true, force: true });
    throw new BrowserFailedError(`could not start ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
  return {
    browser,
    scratchDir,
    allowedRoots: [...options.allowedRoots, scratchDir],
    timeoutMs,
    async close() {
      try {
        await browser.close();
      } catch {
        browser.process()?.kill('SIGKILL');
      } finally {
        rmSync(scratchDir, { recursive: true, force: true });
      }
    },
  };
}

function readPuppeteerBrowserPath(puppeteer: { executablePath(): string }): string | undefined {
  try {
    return puppeteer.executablePath();
  } catch {
    // No browser configured for puppeteer (its download was skipped).
    return undefined;
  }
}
