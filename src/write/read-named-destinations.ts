import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** The 1-based page number of every named destination Chromium wrote (targets of internal links), and the page count. */
export async function readNamedDestinations(
  pdf: Uint8Array | PDFDocument,
): Promise<{ pages: Map<string, number>; pageCount: number }> {
  const doc = pdf instanceof PDFDocument ? pdf : await PDFDocument.load(pdf, { updateMetadata: false });
  const pageByRef = new Map<string, number>();
  for (const [index, page] of doc.getPages().entries()) pageByRef.set(page.ref.toString(), index + 1);
  const result = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return { pages: result, pageCount: doc.getPageCount() };
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const array = target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : target;
    if (!(array instanceof PDFArray)) continue;
    const pageRef = array.get(0);
    const page = pageRef instanceof PDFRef ? pageByRef.get(pageRef.toString()) : undefined;
    if (page !== undefined) result.set(decodeName(name), page);
  }
  return { pages: result, pageCount: doc.getPageCount() };
}

function decodeName(name: PDFName): string {
  // PDFName.toString() gives "/item-4a" with #xx escapes; ids sbp writes are plain ASCII.
  return name.decodeText();
}
