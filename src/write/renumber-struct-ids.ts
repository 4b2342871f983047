import { PDFArray, PDFDict, type PDFDocument, PDFHexString, type PDFObject, PDFString } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/**
 * Chromium names structure elements after DOM node ids ("node00000341"), which depend on what the
 * browser rendered before: renumber them 1, 2, 3... in their order so that builds are reproducible.
 * The order is kept, so the sorted IDTree stays sorted.
 */
export function renumberStructIds(doc: PDFDocument): void {
  const found = new Set<string>();
  const visit = (object: PDFObject | undefined, replace?: Map<string, string>): PDFObject | undefined => {
    if (object instanceof PDFString || object instanceof PDFHexString) {
      const text = object.decodeText();
      if (!NODE_ID.test(text)) return undefined;
      if (!replace) found.add(text);
      return replace ? PDFString.of(replace.get(text) ?? text) : undefined;
    }
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) {
        const next = visit(object.get(i), replace);
        if (next) object.set(i, next);
      }
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        const next = visit(value, replace);
        if (next) object.set(key, next);
      }
    }
    return undefined;
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, object]) => object);
  for (const object of objects) visit(object);
  const ordered = [...found].sort((a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]));
  const replace = new Map(ordered.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  for (const object of objects) visit(object, replace);
}
