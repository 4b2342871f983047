import { readFileSync } from 'node:fs';
import { isDict, type PdfStream } from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** A PDF paper ready to merge (bytes sbp's PDF reader reads), or why it cannot be merged. */
export type LoadedPdfPaper =
  | { ok: true; pdf: Uint8Array; pageCount: number; landscape: boolean; tagged: boolean }
  | { ok: false; reason: string };

/**
 * Read a PDF paper of the repository for merging; corrupt, encrypted, empty or outside files give a reason
 * instead of an exception. A plain PDF (a classic cross-reference table, Flate or no filters, like Chromium's)
 * is used as it is; anything else (cross-reference or object streams, other filters) is first rewritten by
 * @cantoo/pdf-lib.
 */
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
  const direct = describe(bytes);
  if (direct) return direct;
  let normalised: Uint8Array;
  try {
    normalised = await normalisePdf(bytes);
  } catch (error) {
    // @cantoo/pdf-lib says so in its message (pdf-lib threw an EncryptedPDFError).
    if ((error as Error).name === 'EncryptedPDFError' || /encrypted/i.test((error as Error).message)) return ENCRYPTED;
    return { ok: false, reason: 'is damaged and cannot be read' };
  }
  return describe(normalised) ?? { ok: false, reason: 'is damaged and cannot be read' };
}

const ENCRYPTED: LoadedPdfPaper = {
  ok: false,
  reason: 'is encrypted: save it without a password or restrictions and add it again',
};

/** What a PDF sbp's reader reads holds; undefined when the reader cannot read it. */
function describe(bytes: Uint8Array): LoadedPdfPaper | undefined {
  try {
    const file = new PdfFile(bytes);
    if (file.trailer.has('Encrypt')) return ENCRYPTED;
    const pages = file.pages();
    if (pages.length === 0) return { ok: false, reason: 'has no pages' };
    for (const { dict } of pages) {
      const contents = file.resolve(dict.get('Contents'));
      for (const part of Array.isArray(contents) ? contents : [dict.get('Contents')])
        if (part !== undefined) file.decode(file.resolve(part) as PdfStream);
    }
    // Landscape when every page is wider than tall, as displayed (after any /Rotate).
    const landscape = pages.every(({ dict }) => {
      const box = (file.resolve(dict.get('CropBox')) ?? file.resolve(dict.get('MediaBox'))) as number[];
      const [w, h] = [Number(box[2]) - Number(box[0]), Number(box[3]) - Number(box[1])];
      return Number(file.resolve(dict.get('Rotate')) ?? 0) % 180 === 0 ? w > h : h > w;
    });
    const tagged = isDict(file.at(file.catalog(), 'StructTreeRoot'));
    return { ok: true, pdf: bytes, pageCount: pages.length, landscape, tagged };
  } catch {
    return undefined;
  }
}

// @cantoo/pdf-lib reads what users supply (streams of objects, damaged cross-references, encryption) and
// writes it back with a classic cross-reference table and every page's content in Flate.
async function normalisePdf(bytes: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, PDFArray } = await import('@cantoo/pdf-lib');
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (doc.getPageCount() === 0) return doc.save({ useObjectStreams: false });
  for (const page of doc.getPages()) {
    const contents = page.node.Contents();
    const parts = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const decoded = parts.map((part) =>
      part instanceof PDFRawStream ? decodePDFRawStream(part).decode() : new Uint8Array(),
    );
    const joined = Buffer.concat(decoded.flatMap((d) => [Buffer.from(d), Buffer.from('\n')]));
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(joined)));
  }
  return doc.save({ useObjectStreams: false });
}
