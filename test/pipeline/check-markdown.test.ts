import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/pipeline/check-repository.js';
import { copyRepo, findLine, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const MINIMAL = path.join(PROJECT_ROOT, 'test/fixtures/minimal');
const JUNE = 'board/2024-06-13.md';
const PAPER = 'papers/2024-06-13/report.md';

/** The minimal fixture with a Markdown paper on the Police update item, and any other edits. */
async function checkWithPaper(paper: string, edits: Record<string, (text: string) => string> = {}) {
  const withPaper = (t: string) =>
    t.replace('  - title: Police update\n', `  - title: Police update\n    papers: [${PAPER}]\n`);
  const dir = copyRepo(MINIMAL, {
    ...edits,
    [JUNE]: (t) => (edits[JUNE] ?? ((same: string) => same))(withPaper(t)),
  });
  mkdirSync(path.join(dir, 'papers/2024-06-13'), { recursive: true });
  writeFileSync(path.join(dir, PAPER), paper);
  writeFileSync(path.join(dir, 'papers/2024-06-13/chart.png'), 'a png');
  const result = await checkRepository(dir, { cache: false });
  return { dir, result, at: result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`) };
}

describe('sbp check judges the Markdown as build will render it', () => {
  it('reports images and references at the file, line and column of the construct', async () => {
    const paper = [
      '---',
      'title: Report',
      '---',
      '',
      'The chart: ![](chart.png) and ![Gone](gone.png).',
      '',
      '![Remote](https://example.com/r.png) ![Above](../../../etc/x.png)',
      '',
      'See [the site][site] and note[^1].',
    ].join('\n');
    const { at } = await checkWithPaper(paper);
    expect(at).toEqual([
      `${PAPER}:5:12 image-alt-missing the image chart.png has no alt text`,
      `${PAPER}:5:31 image-missing image papers/2024-06-13/gone.png does not exist: the PDF shows its alt text instead`,
      `${PAPER}:7:1 image-refused remote image https://example.com/r.png is not included`,
      `${PAPER}:7:38 image-refused image ../../../etc/x.png is outside the meetings repository and is not included`,
      `${PAPER}:9:5 reference-undefined the reference [the site][site] has no definition "[site]: ...", so it prints as plain text`,
      `${PAPER}:9:30 reference-undefined the footnote [^1] has no definition "[^1]: ...", so it prints as plain text`,
    ]);
  });

  it('refuses an image reached by a symlink out of the repository', async () => {
    const outside = makeTempDir();
    writeFileSync(path.join(outside, 'secret.png'), 'secret');
    const { dir } = await checkWithPaper('---\ntitle: Report\n---\n\n![Secret](link.png)\n');
    symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'papers/2024-06-13/link.png'));
    const { diagnostics } = await checkRepository(dir, { cache: false });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      `${PAPER}:5:1 image-refused image link.png is a link to a file outside the meetings repository and is not included`,
    ]);
  });

  it("locates a fault in an item's Markdown description at its line in the meeting file", async () => {
    const { at, result } = await checkWithPaper('---\ntitle: Report\n---\n\nText.\n', {
      [JUNE]: (t) =>
        t.replace(
          '  - title: Police update\n',
          '  - title: Police update\n    description: |\n      The update covers:\n\n      - arson ![](../papers/2024-06-13/chart.png)\n',
        ),
    });
    const text = result.sources.get(JUNE)!.text;
    expect(at).toEqual([
      `${JUNE}:${findLine(text, '- arson')}:15 image-alt-missing the image ../papers/2024-06-13/chart.png has no alt text`,
    ]);
  });

  it('says when a heading gives the wrong minute number', async () => {
    const { at, result } = await checkWithPaper('---\ntitle: Report\n---\n\nText.\n', {
      [JUNE]: (t) => t.replace('## Police update', '## 3 Police update'),
    });
    const text = result.sources.get(JUNE)!.text;
    expect(at).toEqual([
      `${JUNE}:${findLine(text, '## 3 Police update')}:4 heading-number-mismatch the heading says minute 3 but "Police update" is minute 2`,
    ]);
  });

  it('leaves out a hostile paragraph with an error, and still checks the rest of the file and repository', async () => {
    const { at, result } = await checkWithPaper(
      `---\ntitle: Report\n---\n\n${'*a'.repeat(20_000)}\n\n![](chart.png)\n`,
      {
        [JUNE]: (t) =>
          t.replace('present: [ann-chair, bob-vice, sara-baker]', 'present: [ann-chair, bob-vice, sara-bakker]'),
      },
    );
    const text = result.sources.get(JUNE)!.text;
    expect(at).toEqual([
      `${JUNE}:${findLine(text, 'sara-bakker')}:34 unknown-person unknown person "sara-bakker" (did you mean "sara-baker"?)`,
      `${PAPER}:5:1 markdown-too-complex this paragraph has 20000 emphasis and bracket marks; sbp reads at most 1000 in one paragraph, so it is left out`,
      `${PAPER}:7:1 image-alt-missing the image chart.png has no alt text`,
    ]);
  });
});
