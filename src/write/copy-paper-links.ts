import { isDict, nameOf, type PdfDict } from '../pdf/pdf-objects.js';
import type { PdfWriter } from '../pdf/write-pdf.js';
import type { BuiltPage } from './build-pages.js';
import type { PartCopier } from './copy-part-objects.js';

/** Copy a paper page's link annotations onto the pack page it is drawn on, their rectangles moved with it. */
export function copyLinks(
  context: { out: PdfWriter },
  copier: PartCopier,
  page: PdfDict,
  target: BuiltPage,
  transform: (x: number, y: number) => [number, number],
): void {
  const annots = copier.file.resolve(page.get('Annots'));
  for (const ref of Array.isArray(annots) ? annots : []) {
    const annotation = copier.file.resolve(ref);
    if (!isDict(annotation) || nameOf(annotation.get('Subtype')) !== 'Link') continue;
    const copy = context.out.resolve(copier.copy(ref));
    const rect = copier.file.resolve(annotation.get('Rect'));
    if (!isDict(copy) || !Array.isArray(rect)) continue;
    const [x0, y0, x1, y1] = rect.map((n) => Number(copier.file.resolve(n)));
    const corners = [transform(x0, y0), transform(x1, y1)];
    copy.set('Rect', [
      Math.min(corners[0][0], corners[1][0]),
      Math.min(corners[0][1], corners[1][1]),
      Math.max(corners[0][0], corners[1][0]),
      Math.max(corners[0][1], corners[1][1]),
    ]);
    copy.set('P', target.ref);
    const existing = target.dict.get('Annots');
    target.dict.set('Annots', [...(Array.isArray(existing) ? existing : []), copier.copy(ref)]);
  }
}
