import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfPaper } from '../../src/load/load-pdf-paper.js';
import { readPdfTagging } from '../../src/load/read-pdf-tagging.js';
import { PdfFile } from '../../src/pdf/read-pdf.js';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const papers = path.join(PROJECT_ROOT, 'test/fixtures/accessible-pack/papers/2024-09-12');
const tagged = path.join(papers, 'dashboard.pdf');
const untagged = path.join(papers, 'scanned-letter.pdf');

/** The same PDF rewritten by qpdf (object streams and a cross-reference stream, or encrypted). */
/** Load a PDF paper by its path, from its own folder as the repository. */
const load = (file: string) => loadPdfPaper(path.dirname(file), path.basename(file));

function rewrite(file: string, ...args: string[]): string {
  const target = path.join(makeTempDir(), path.basename(file));
  execFileSync('qpdf', [...args, file, target]);
  return target;
}

describe('loadPdfPaper', () => {
  it('reads a plain PDF as it is: pages, orientation and whether it is tagged', async () => {
    expect(await load(tagged)).toMatchObject({ ok: true, pageCount: 1, landscape: true, tagged: true });
    expect(await load(untagged)).toMatchObject({ ok: true, pageCount: 2, landscape: false, tagged: false });
  });

  it('rewrites a PDF with object streams into one sbp reads, tags kept', async () => {
    const compressed = rewrite(tagged, '--object-streams=generate');
    expect(() => new PdfFile(fs.readFileSync(compressed))).toThrow();
    const loaded = await load(compressed);
    expect(loaded).toMatchObject({ ok: true, pageCount: 1, tagged: true });
    if (loaded.ok) expect(new PdfFile(loaded.pdf).pages()).toHaveLength(1);
  });

  it('refuses a paper outside the repository, as the path guard decides', async () => {
    expect(await loadPdfPaper(path.join(PROJECT_ROOT, 'test/fixtures'), '../../package.json')).toMatchObject({
      ok: false,
    });
  });

  it('says why an encrypted PDF cannot be merged', async () => {
    const locked = rewrite(untagged, '--encrypt', 'user', 'owner', '256', '--');
    expect(await load(locked)).toEqual({
      ok: false,
      reason: 'is encrypted: save it without a password or restrictions and add it again',
    });
  });
});

describe('readPdfTagging', () => {
  it('finds the structure tree through the catalog, or inside object streams', () => {
    expect(readPdfTagging(fs.readFileSync(tagged))).toBe(true);
    expect(readPdfTagging(fs.readFileSync(untagged))).toBe(false);
    expect(readPdfTagging(fs.readFileSync(rewrite(tagged, '--object-streams=generate')))).toBe(true);
    expect(readPdfTagging(fs.readFileSync(rewrite(untagged, '--object-streams=generate')))).toBe(false);
  });
});
