import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowserExecutable } from '../../src/write/find-browser.js';

describe('findBrowserExecutable', () => {
  it("prefers PUPPETEER_EXECUTABLE_PATH, then puppeteer's browser, then the system", () => {
    const exists = (p: string) => ['/opt/chrome', '/cache/chrome', '/usr/bin/chromium'].includes(p);
    expect(findBrowserExecutable({ PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' }, '/cache/chrome', exists)).toBe(
      '/opt/chrome',
    );
    expect(findBrowserExecutable({}, '/cache/chrome', exists)).toBe('/cache/chrome');
    expect(findBrowserExecutable({}, undefined, exists)).toBe('/usr/bin/chromium');
  });

  it('says how to get a browser when there is none', () => {
    expect(() =>
      findBrowserExecutable({ PUPPETEER_EXECUTABLE_PATH: '/nope' }, '/cache/chrome', (p) => p !== '/nope'),
    ).toThrow(
      'PUPPETEER_EXECUTABLE_PATH is set to /nope, which does not exist: correct it, or unset it to let sbp find a browser.',
    );
    expect(() => findBrowserExecutable({}, undefined, () => false)).toThrow(BrowserNotFoundError);
    expect(() => findBrowserExecutable({}, undefined, () => false)).toThrow(
      /apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/,
    );
  });
});
