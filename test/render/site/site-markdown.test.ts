import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../../src/model/model-types.js';
import { selectAudience } from '../../../src/model/select-audience.js';
import { checkRepository } from '../../../src/pipeline/check-repository.js';
import { buildPaperPages } from '../../../src/render/site/build-paper-pages.js';
import { buildSiteAgenda } from '../../../src/render/site/build-site-agenda.js';
import { buildSiteMinutes } from '../../../src/render/site/build-site-minutes.js';
import type { SiteInput } from '../../../src/render/site/site-types.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/markdown-constructs');
const PAGE = 'meetings/board-2024-06-13/index.html';

describe('site pages render Markdown through the one pipeline', () => {
  let repository: Repository;
  let input: SiteInput;
  beforeAll(async () => {
    const checked = await checkRepository(FIXTURE, { cache: false });
    repository = selectAudience(checked.repository!, 'public');
    input = {
      repository,
      baseUrl: 'https://example.org/',
      pdfPapers: new Map(),
      builtPdfs: new Map(),
      vtimezone: '',
      generator: 'sbp test',
      attendance: new Map(),
    };
  });

  it('prints a list in an item description as a list, from the tree check judged', () => {
    const meeting = repository.meetings[0];
    const police = buildSiteAgenda(input, meeting, PAGE, new Set())[1];
    expect(police.descriptionHtml).toMatch(/<ul>\s*<li>DESCRIPTION-ITEM-ONE: burglary<\/li>/);
    expect(police.descriptionHtml).toContain('<li>DESCRIPTION-ITEM-TWO: knife crime</li>');
  });

  it('puts the resolutions where RESOLVED stands, and trailing notes after them, as the PDF does', () => {
    const [, , plan, aob] = buildSiteMinutes(repository, repository.meetings[0], PAGE, new Set()).items;
    expect(plan.narrativeHtml).toContain('NARRATIVE-BEFORE');
    expect(plan.narrativeHtml).toContain('MID-NOTE');
    expect(plan.narrativeHtml).not.toContain('NARRATIVE-AFTER');
    expect(plan.narrativeAfterHtml).toContain('NARRATIVE-AFTER');
    expect(`${plan.narrativeHtml}${plan.narrativeAfterHtml}`).not.toMatch(/>RESOLVED</);
    expect(aob.narrativeHtml).toContain('AOB-TEXT');
    expect(aob.narrativeAfterHtml).toContain('TRAILING-NOTE');
  });

  it('gives a paper page the sanitised HTML: no comment, script or unclosed tag; footnotes and references work', () => {
    const images = new Set<string>();
    const page = buildPaperPages(input, images).find((p) => p.path.includes('every-construct'))!;
    const html = (page.view as { bodyHtml: string }).bodyHtml;
    expect(html).not.toContain('COMMENT-CANARY');
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/<script|<iframe|<style|onerror|javascript:/i);
    expect(html).toContain('href="https://www.bromley.gov.uk/"');
    expect(html).toContain('FOOTNOTE-TEXT');
    expect(html).toContain('DEFINITION-TEXT');
    // The unclosed <b> closes within the paper.
    expect(html.match(/<b>/g)?.length).toBe(html.match(/<\/b>/g)?.length);
    // Only the image found in the repository is shown, linked to the site's copy; the remote one is not.
    expect([...images]).toEqual(['papers/2024-06-13/img/chart.png']);
    expect(html).not.toContain('https://example.com/chart.png');
    expect(html).not.toContain('file:');
  });
});
