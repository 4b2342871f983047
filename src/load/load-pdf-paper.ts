import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** A PDF paper that loaded (landscape when all its pages are), or why it could not. */
export type LoadedPdfPaper =
  | { ok: true; doc: PDFDocument; pageCount: number; landscape: boolean }
  | { ok: false; reason: string };

/** Read a PDF paper of the repository for merging; corrupt, encrypted, empty or outside files give a reason instead of an exception. */
export async function loadPdfPaper(root: string, relPath: string): Promise<LoadedPdfPaper> {
  const resolved = resolveRepositoryPath(root, relPath);
  if (!resolved.ok) {
    return {
      ok: false,
      reason: resolved.reason === 'missing' ? 'does not exist' : `cannot be read (${resolved.message})`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolved.real);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    return { ok: false, reason: 'is not a PDF (it does not start with %PDF-)' };
  }
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.getPageCount() === 0) return { ok: false, reason: 'has no pages' };
    // Landscape when every page is wider than tall, as displayed (after any /Rotate).
    const landscape = doc.getPages().every((page) => {
      const { width, height } = page.getSize();
      return page.getRotation().angle % 180 === 0 ? width > height : height > width;
    });
    return { ok: true, doc, pageCount: doc.getPageCount(), landscape };
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'EncryptedPDFError')
      return { ok: false, reason: 'is encrypted: save it without a password or restrictions and add it again' };
    return { ok: false, reason: 'is damaged and cannot be read' };
  }
}
