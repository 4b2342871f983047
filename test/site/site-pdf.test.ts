import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('sbp site --pdf', () => {
  it('builds the public pack and minutes, and links them and PDF papers with their size and page count', async () => {
    const out = makeTempDir('sbp-site-pdf-');
    const result = await buildSite({ dir: path.join(PROJECT_ROOT, 'test/fixtures/build-basic'), out, pdf: true });
    // broken.pdf cannot be merged into the pack: said as a finding, and the site is still written.
    expect(result.built).toBe(true);
    const march = readFileSync(path.join(out, 'meetings/board-2021-03-11.html'), 'utf8');
    const pack = path.join(out, 'pdf/board-2021-03-11-agenda.pdf');
    expect(march).toContain('<a href="../pdf/board-2021-03-11-agenda.pdf">Public agenda pack</a>');
    expect(march).toMatch(
      new RegExp(`Public agenda pack</a> <span class="secondary">\\(PDF, \\d+ KB, ${pages(pack)} pages\\)`),
    );
    const supplied = path.join(out, 'files/papers/supplied.pdf');
    expect(march).toMatch(
      new RegExp(`supplied.pdf</a> <span class="secondary">\\(PDF, [\\d.]+ (KB|bytes), ${pages(supplied)} pages?\\)`),
    );
    const january = readFileSync(path.join(out, 'meetings/board-2021-01-14.html'), 'utf8');
    expect(january).toMatch(/Printed minutes<\/a> <span class="secondary">\(PDF, \d+ KB, \d+ pages?\)/);
    // The public pack never carries the exempt paper's text.
    const text = execFileSync('pdftotext', [pack, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('EXEMPTCANARY');
  }, 300_000);
});
