import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteResult } from '../../src/site/build-site.js';
import { serveSite } from '../../src/site/serve-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from '../helpers/make-temp-repo.js';
import { runSbp } from '../helpers/run-sbp.js';

describe('sbp site (command line)', () => {
  it('writes the site and says what it wrote; a second run rewrites nothing', () => {
    const out = makeTempDir('sbp-site-cli-');
    const first = runSbp(['site', BUNDLED_MEETINGS, '--out', out, '--base-url', 'https://sbp.example.org/x']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^site in .+: \d+ written, 0 removed, 0 unchanged\n$/);
    // The base URL gains its trailing slash.
    expect(readFileSync(path.join(out, 'feeds/board.ics'), 'utf8')).toContain(
      'URL;VALUE=URI:https://sbp.example.org/x/meetings/',
    );
    const second = runSbp(['site', BUNDLED_MEETINGS, '--out', out, '--base-url', 'https://sbp.example.org/x']);
    expect(second.stdout).toMatch(/: 0 written, 0 removed, \d+ unchanged\n$/);
  }, 240_000);

  it('exits 2 for a folder that is no repository, a bad base URL or port; documents its options', () => {
    const empty = makeTempDir();
    expect(runSbp(['site', empty])).toMatchObject({ status: 2, stderr: expect.stringContaining('no sbp.yaml') });
    expect(runSbp(['site', path.join(empty, 'missing')])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('does not exist'),
    });
    expect(runSbp(['site', BUNDLED_MEETINGS, '--base-url', 'ftp://x'])).toMatchObject({ status: 2 });
    expect(runSbp(['site', BUNDLED_MEETINGS, '--serve', '--port', 'http'])).toMatchObject({ status: 2 });
    const help = runSbp(['site', '--help']).stdout;
    for (const option of ['--out', '--base-url', '--pdf', '--serve', '--port']) expect(help).toContain(option);
  }, 240_000);
});

describe('sbp site --serve', () => {
  it('serves the site on 127.0.0.1 and rebuilds it when a meeting changes', async () => {
    const repo = copyRepo(BUNDLED_MEETINGS);
    const builds: SiteResult[] = [];
    const served = await serveSite({
      dir: repo,
      out: makeTempDir('sbp-serve-'),
      pdf: false,
      port: 0,
      onBuild: (r) => builds.push(r),
      onError: (e) => {
        throw e;
      },
    });
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(`${served.url}meetings/board-2021-12-09.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect((await fetch(`${served.url}../../etc/passwd`)).status).toBe(404);
      expect((await fetch(`${served.url}feeds/all.ics`)).headers.get('content-type')).toContain('text/calendar');
      const file = path.join(repo, 'board/2021-12-09.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('time: "10:00"', 'time: "14:30"'));
      // Wait for the rebuild: bounded by a number of polls, not by a clock.
      let text = '';
      for (let i = 0; i < 300 && !text.includes('2.30 pm'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        text = await (await fetch(`${served.url}meetings/board-2021-12-09.html`)).text();
      }
      expect(text).toContain('2.30 pm');
      expect(builds.length).toBeGreaterThanOrEqual(2);
    } finally {
      await served.stop();
    }
  }, 240_000);
});
