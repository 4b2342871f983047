import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { composePrecompiledTemplates } from '../../scripts/write-precompiled-templates.mjs';
import { buildMeetings } from '../../src/compile/build-meetings.js';
import { PRECOMPILED_REVISION, PRECOMPILED_TEMPLATES } from '../../src/render/precompiled-templates.js';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

// Every render of a real run is made twice, from the precompiled templates and from templates compiled here, and
// the two compared.
const renders: { name: string; same: boolean }[] = [];
vi.mock('../../src/render/create-template-renderer.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/create-template-renderer.js')>();
  return {
    ...original,
    createTemplateRenderer: (sources: Parameters<typeof original.createTemplateRenderer>[0]) => {
      const ahead = original.createTemplateRenderer(sources);
      const compiled = original.createTemplateRenderer(sources, new Map());
      return {
        render(name: string, view: object) {
          const html = ahead.render(name, view);
          renders.push({ name, same: html === compiled.render(name, view) });
          return html;
        },
      };
    },
  };
});

describe('the precompiled templates', () => {
  it('are those `npm run templates` writes from templates/ with the Handlebars installed', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'src/render/precompiled-templates.ts'), 'utf8');
    expect(committed === composePrecompiledTemplates(), 'run `npm run templates`').toBe(true);
    expect(PRECOMPILED_TEMPLATES.size).toBeGreaterThan(30);
    expect(PRECOMPILED_REVISION).toBe((Handlebars as unknown as { COMPILER_REVISION: number }).COMPILER_REVISION);
  });

  it('are what the renderer uses for a text they hold, and any other text is compiled', async () => {
    const { createTemplateRenderer } = await vi.importActual<
      typeof import('../../src/render/create-template-renderer.js')
    >('../../src/render/create-template-renderer.js');
    // A specification deliberately not of its text: the output shows which of the two was used.
    const spec = new Function(`return ${Handlebars.precompile('ahead {{x}}')}`)() as object;
    const sources = { templates: { a: 'compiled {{x}}', b: 'other {{x}}' }, partials: {}, css: '' };
    const renderer = createTemplateRenderer(sources, new Map([['compiled {{x}}', spec]]));
    expect(renderer.render('a', { x: 1 })).toBe('ahead 1');
    expect(renderer.render('b', { x: 2 })).toBe('other 2');
  });

  it('render every page, pack, minutes and pagination of the bundled meetings as the compiled templates do', async () => {
    const out = makeTempDir('sbp-precompiled-');
    const built = await buildMeetings({
      dir: BUNDLED_MEETINGS,
      meetings: ['board-2021-09-09', 'board-2021-12-09'],
      all: false,
      full: true,
      html: true,
      out,
      force: true,
      env: { ...process.env, SBP_NO_CACHE: '1' },
    });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const site = await buildSite({ dir: BUNDLED_MEETINGS, out: makeTempDir('sbp-precompiled-site-'), pdf: false });
    expect(site.diagnostics).toEqual([]);
    const names = new Set(renders.map((r) => r.name));
    for (const name of ['pack', 'minutes', 'footer', 'stamp', 'pagination', 'home', 'meeting', 'paper', 'person'])
      expect(names, name).toContain(name);
    expect(renders.filter((r) => !r.same)).toEqual([]);
  }, 600_000);
});
