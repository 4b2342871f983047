import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from '@cantoo/pdf-lib';

/** A PDF opened for auditing with @cantoo/pdf-lib, with small readers that resolve references. */
export interface AuditPdf {
  doc: PDFDocument;
  catalog: PDFDict;
  /** Pages in order, with their dictionaries (attributes inherited from the page tree resolved by the reader). */
  pages: { ref: PDFRef; dict: PDFDict }[];
  /** The 1-based number of a page, by its reference. */
  pageNumber(ref: PDFObject | undefined): number | undefined;
}

/** Open PDF bytes for auditing (never modified, never saved). */
export async function readAuditPdf(bytes: Uint8Array): Promise<AuditPdf> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  const pages = doc.getPages().map((page) => ({ ref: page.ref, dict: page.node as PDFDict }));
  const numbers = new Map(pages.map((page, i) => [page.ref.toString(), i + 1]));
  return {
    doc,
    catalog: doc.catalog,
    pages,
    pageNumber: (ref) => (ref instanceof PDFRef ? numbers.get(ref.toString()) : undefined),
  };
}

/** Resolve a reference (once) to its object. */
export function resolve(pdf: AuditPdf, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? pdf.doc.context.lookup(value) : value;
}

/** A dictionary entry, resolved. */
export function entry(pdf: AuditPdf, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  return dict ? resolve(pdf, dict.get(PDFName.of(key))) : undefined;
}

/** A dictionary entry that is (or refers to) a dictionary; a stream gives its dictionary. */
export function dictAt(pdf: AuditPdf, dict: PDFDict | undefined, key: string): PDFDict | undefined {
  const value = entry(pdf, dict, key);
  if (value instanceof PDFDict) return value;
  return value instanceof PDFStream ? value.dict : undefined;
}

/** The entries of an array value (or a single value as a one-item list). */
export function listOf(pdf: AuditPdf, value: PDFObject | undefined): PDFObject[] {
  const resolved = resolve(pdf, value);
  if (resolved === undefined) return [];
  return resolved instanceof PDFArray ? resolved.asArray() : [resolved];
}

/** The name a value holds, without the slash. */
export function nameValue(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

/** The text of a string value. */
export function textValue(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** A number value. */
export function numberValue(value: PDFObject | undefined): number | undefined {
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** A boolean value. */
export function boolValue(value: PDFObject | undefined): boolean | undefined {
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

/** The decoded bytes of a stream (every standard filter @cantoo/pdf-lib supports), or undefined. */
export function streamBytes(value: PDFObject | undefined): Uint8Array | undefined {
  if (value instanceof PDFRawStream) {
    try {
      return decodePDFRawStream(value).decode();
    } catch {
      return undefined;
    }
  }
  return value instanceof PDFStream ? value.getContents() : undefined;
}

/** The decoded content of a page (its /Contents stream or array of streams joined). */
export function pageContent(pdf: AuditPdf, page: PDFDict): Uint8Array {
  const parts = listOf(pdf, page.get(PDFName.of('Contents'))).map((part) => streamBytes(resolve(pdf, part)));
  const chunks = parts.filter((p): p is Uint8Array => p !== undefined);
  // Streams of one page are read as one: a white-space between them keeps tokens apart.
  return Buffer.concat(chunks.flatMap((chunk) => [chunk, Buffer.from('\n')]));
}

/** A number tree (ISO 32000-1, 7.9.7) read into a map. */
export function readNumberTree(
  pdf: AuditPdf,
  node: PDFDict | undefined,
  into = new Map<number, PDFObject>(),
  depth = 0,
) {
  if (!node || depth > 32) return into;
  const nums = listOf(pdf, node.get(PDFName.of('Nums')));
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const key = numberValue(resolve(pdf, nums[i]));
    if (key !== undefined) into.set(key, nums[i + 1]);
  }
  for (const kid of listOf(pdf, node.get(PDFName.of('Kids')))) {
    const child = resolve(pdf, kid);
    if (child instanceof PDFDict) readNumberTree(pdf, child, into, depth + 1);
  }
  return into;
}

/** A page attribute that may be inherited from the page tree (Resources, MediaBox, Rotate...). */
export function inheritedDict(pdf: AuditPdf, page: PDFDict, key: string): PDFDict | undefined {
  let node: PDFDict | undefined = page;
  for (let depth = 0; node && depth < 64; depth++) {
    const found = dictAt(pdf, node, key);
    if (found) return found;
    node = dictAt(pdf, node, 'Parent');
  }
  return undefined;
}
