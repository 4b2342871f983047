import { expect } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from './make-temp-repo.js';

/** The base address the feeds and open-data tests build the site at. */
export const FEEDS_BASE_URL = 'https://sbp.example.org/';

/** The site of the bundled repository with its December 2021 meeting called off (no PDFs); its output folder. */
export async function buildFeedsSite(prefix: string): Promise<string> {
  const repo = copyRepo(BUNDLED_MEETINGS, {
    'board/2021-12-09.md': (text) =>
      text.replace('status: agenda-published\n', 'status: agenda-published\ncancelled: true\n'),
  });
  const out = makeTempDir(prefix);
  const result = await buildSite({ dir: repo, out, baseUrl: FEEDS_BASE_URL, pdf: false });
  expect(result.diagnostics).toEqual([]);
  return out;
}
