import { dict, isDict, name, nameOf, PdfRef, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfWriter } from '../pdf/write-pdf.js';

/**
 * Grafted elements' content now lives in the Form XObjects the paper's pages became: integer MCIDs become MCRs
 * naming their page and form. Their headings move three levels down (the paper's H1 becomes an H4).
 */
export function attachContent(out: PdfWriter, roots: readonly PdfRef[], formOfPage: ReadonlyMap<number, PdfRef>): void {
  const visit = (ref: PdfValue, depth: number) => {
    const element = out.resolve(ref);
    if (!isDict(element) || depth > 256) return;
    const heading = /^H([1-6])$/.exec(nameOf(element.get('S')) ?? '');
    // The paper's own headings sit below the item's heading and the paper's title (H2, H3).
    if (heading) element.set('S', name(`H${Math.min(6, Number(heading[1]) + 3)}`));
    const page = element.get('Pg');
    const k = element.get('K');
    const kids = Array.isArray(k) ? k : k === undefined ? [] : [k];
    const mapped = kids.flatMap((kid): PdfValue[] => {
      if (typeof kid === 'number') {
        const form = page instanceof PdfRef ? formOfPage.get(page.num) : undefined;
        return form ? [dict({ Type: name('MCR'), Pg: page, Stm: form, MCID: kid })] : [];
      }
      const item = out.resolve(kid);
      if (isDict(item) && nameOf(item.get('Type')) === 'MCR' && !item.has('Stm')) {
        const pg = item.get('Pg') ?? page;
        const form = pg instanceof PdfRef ? formOfPage.get(pg.num) : undefined;
        if (!form) return [];
        item.set('Pg', pg as PdfRef);
        item.set('Stm', form);
        return [kid];
      }
      if (isDict(item) && item.has('S')) visit(kid, depth + 1);
      return [kid];
    });
    element.set('K', mapped);
  };
  for (const root of roots) visit(root, 0);
}
