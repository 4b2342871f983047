import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { buildSite } from '../../src/site/build-site.js';
import { BUNDLED_MEETINGS, copyRepo, makeTempDir } from '../helpers/make-temp-repo.js';
import { listFiles, readSiteText } from '../helpers/site-files.js';

const TITLE = 'Update on the Home Office locality review report on serious violence and gangs in Bromley';
const CANARIES = ['Reason', 'Description', 'Report', 'Resolution', 'idqx', 'Narrative', 'Update', 'Paper', 'Image'].map(
  (c) => `canary${c.toLowerCase()}`,
);

/** The bundled repository with minute 64 of 14 March 2019 made exempt and a canary in every field it can carry. */
function plantCanaries(): string {
  const dir = copyRepo(BUNDLED_MEETINGS, {
    'board/2019-03-14.md': (text) =>
      text
        .replace(
          `  - title: ${TITLE}\n    resolutions:\n      - text: the update is noted and a further update is provided at the next meeting.\n`,
          `  - title: ${TITLE}\n    exempt: { paragraph: 3, reason: CanaryReasonQX }\n    description: CanaryDescriptionQX\n    reportNumber: CanaryReportQX\n    papers: [papers/canary-part2.md]\n    resolutions:\n      - text: CanaryResolutionQX is agreed.\n        id: board-canaryidqx\n`,
        )
        .replace('The Locality Review update was provided by Amanda Mumford.', 'CanaryNarrativeQX was reported.'),
    'board/2019-06-20.md': (text) =>
      text
        .replace('  - action: board-2019-03-14-m64\n', '  - action: board-canaryidqx\n')
        .replace('The item will be updated upon by Betty McDonald', 'CanaryUpdateQX'),
    'board/2021-09-09.md': (text) =>
      text.replace('  - action: board-2019-03-14-m64\n', '  - action: board-canaryidqx\n'),
  });
  writeFileSync(
    path.join(dir, 'papers/canary-part2.md'),
    '---\ntitle: Knife crime plan\npart: 2\n---\n\nCanaryPaperQX figures.\n\n![CanaryImageQX](canary-image-qx.png)\n',
  );
  writeFileSync(path.join(dir, 'papers/canary-image-qx.png'), 'CanaryImageQX');
  return dir;
}

describe('sbp site never publishes confidential business', () => {
  it('has no canary of an exempt item in any byte or decompressed index file it writes, though the members model does', async () => {
    const dir = plantCanaries();
    const checked = await checkRepository(dir);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The members' model holds every canary, so this test can fail.
    const members = JSON.stringify(checked.repository, (_k, v) =>
      v instanceof Map ? [...v.entries()] : v,
    ).toLowerCase();
    for (const canary of CANARIES.filter((c) => c !== 'canaryimage')) expect(members, canary).toContain(canary);
    const out = makeTempDir('sbp-site-canary-');
    const result = await buildSite({ dir, out, baseUrl: 'https://sbp.example.org/', pdf: false });
    expect(result.diagnostics).toEqual([]);
    const files = listFiles(out);
    expect(files.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true);
    for (const file of files) {
      expect(file.toLowerCase(), 'a file name').not.toMatch(/canary/);
      const text = readSiteText(path.join(out, file)).toLowerCase();
      for (const canary of CANARIES) expect(text.includes(canary), `${canary} in ${file}`).toBe(false);
    }
    // The exempt item is still there, by title and paragraph.
    const march = readSiteText(path.join(out, 'meetings/board-2019-03-14.html'));
    expect(march).toContain(TITLE);
    expect(march).toContain('paragraph 3 of Part 1 of Schedule 12A');
    expect(march).toContain('Paper not for publication');
    expect(readSiteText(path.join(out, 'bodies/board-actions.html'))).toContain('board-2019-03-14-m64-exempt');
  }, 240_000);
});
