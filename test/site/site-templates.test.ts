import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteAssets } from '../../src/load/load-site-inputs.js';
import { selectAudience } from '../../src/model/select-audience.js';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { buildCalendar } from '../../src/render/site/build-calendars.js';
import type { SiteInput } from '../../src/render/site/site-types.js';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from '../helpers/make-temp-repo.js';

describe('sbp site templates', () => {
  it("uses the repository's templates/site overrides and adds its site.css after the bundled one, escaping user text", async () => {
    const repo = copyRepo(BUNDLED_MEETINGS, {
      'sbp.yaml': (text) => `${text}templates: { dir: templates }\n`,
      'board/2019-06-20.md': (text) =>
        text.replace('- title: Apologies for absence', '- title: "Apologies <script>alert(1)</script>"'),
    });
    mkdirSync(path.join(repo, 'templates/site/partials'), { recursive: true });
    writeFileSync(
      path.join(repo, 'templates/site/home.hbs'),
      '{{#> layout}}<p class="our-home">Welcome to the {{frame.partnership}}</p>{{/layout}}\n',
    );
    writeFileSync(path.join(repo, 'templates/site/site.css'), '.our-home { font-weight: 700; }\n');
    const out = makeTempDir('sbp-site-tpl-');
    const result = await buildSite({ dir: repo, out, pdf: false });
    expect(result.diagnostics).toEqual([]);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
      '<p class="our-home">Welcome to the Safer Bromley Partnership</p>',
    );
    const css = readFileSync(path.join(out, 'assets/site.css'), 'utf8');
    expect(css.indexOf('.our-home')).toBeGreaterThan(css.indexOf('.skip-link'));
    // Other pages keep the bundled templates; a title with markup is printed as text.
    const june = readFileSync(path.join(out, 'meetings/board-2019-06-20.html'), 'utf8');
    expect(june).toContain('Apologies &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(june).not.toContain('<script>alert');
  }, 240_000);

  it('writes the same calendars whatever time zone the machine is in', async () => {
    const { repository } = await checkRepository(BUNDLED_MEETINGS, { bodies: 'outline' });
    const pub = selectAudience(repository!, 'public');
    const input: SiteInput = {
      repository: pub,
      baseUrl: 'https://sbp.example.org/',
      pdfPapers: new Map(),
      builtPdfs: new Map(),
      vtimezone: loadSiteAssets(pub.root, pub.config).vtimezone,
      generator: 'sbp',
      attendance: new Map(),
    };
    const zone = process.env.TZ;
    const write = (tz: string) => {
      // Node takes a new TZ at once: the same process, another machine's clock.
      process.env.TZ = tz;
      return buildCalendar(input, pub.meetings, 'all', 'feeds/all.ics');
    };
    try {
      const london = write('Europe/London');
      expect(write('America/New_York')).toBe(london);
      expect(write('Asia/Kolkata')).toBe(london);
      expect(london).toContain('DTSTART;TZID=Europe/London:20211209T100000');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  }, 240_000);
});
