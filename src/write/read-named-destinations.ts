import { isDict, PdfRef } from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';

/** A print read back: the 1-based page of each named destination (targets of internal links) and each page's size. */
export interface PrintedLayout {
  pages: Map<string, number>;
  pageCount: number;
  /** Width and height of every page, in points. */
  sizes: [number, number][];
}

/** Where Chromium put the named destinations of a print, and how many pages of what size it printed. */
export function readNamedDestinations(pdf: Uint8Array | PdfFile): PrintedLayout {
  const file = pdf instanceof PdfFile ? pdf : new PdfFile(pdf);
  const pages = file.pages();
  const numbers = new Map(pages.map((page, i) => [page.ref.num, i + 1]));
  const result = new Map<string, number>();
  const dests = file.at(file.catalog(), 'Dests');
  for (const [name, value] of isDict(dests) ? dests : []) {
    const target = file.resolve(value);
    const array = isDict(target) ? file.resolve(target.get('D')) : target;
    const page = Array.isArray(array) && array[0] instanceof PdfRef ? numbers.get(array[0].num) : undefined;
    if (page !== undefined) result.set(name, page);
  }
  const sizes = pages.map(({ dict }) => {
    const box = file.resolve(dict.get('MediaBox'));
    const [x0, y0, x1, y1] = Array.isArray(box) ? box.map(Number) : [0, 0, 595.92, 841.92];
    return [x1 - x0, y1 - y0] as [number, number];
  });
  return { pages: result, pageCount: pages.length, sizes };
}
