import { existsSync } from 'node:fs';

/** No Chromium or Chrome could be found; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  constructor(tried: string[], message?: string) {
    super(
      message ??
        `no Chromium or Chrome found (tried ${tried.join(', ') || 'nothing'}). ` +
          'Install one (e.g. `apt-get install chromium`, or `npx puppeteer browsers install chrome`) ' +
          'or set PUPPETEER_EXECUTABLE_PATH to its executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Pick the browser: PUPPETEER_EXECUTABLE_PATH, then puppeteer's own download, then a system Chromium/Chrome. */
export function findBrowserExecutable(
  env: NodeJS.ProcessEnv,
  puppeteerPath?: string,
  exists: (file: string) => boolean = existsSync,
): string {
  const tried: string[] = [];
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    // A path set on purpose that is wrong must be said, not silently replaced by another browser.
    if (exists(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(
      [fromEnv],
      `PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, which does not exist: correct it, or unset it to let sbp find a browser.`,
    );
  }
  for (const candidate of [puppeteerPath, ...SYSTEM_BROWSERS]) {
    if (!candidate) continue;
    if (exists(candidate)) return candidate;
    tried.push(candidate);
  }
  throw new BrowserNotFoundError(tried);
}
