import { dict, isDict, type PdfDict, type PdfRef, PdfString } from '../pdf/pdf-objects.js';

/**
 * Renumber element IDs in reading order (id-000001...), the table cells' /Headers following, and give the
 * ID tree; undefined when no element has an ID. Chromium names elements after DOM node numbers, which depend
 * on what the browser printed before: this makes them the same in every build.
 */
export function renumberIds(elements: readonly { dict: PdfDict; ref: PdfRef }[]): PdfDict | undefined {
  const renamed = new Map<string, string>();
  const owners: [string, PdfRef][] = [];
  const withHeaders: PdfDict[] = [];
  for (const { dict: element, ref } of elements) {
    const id = element.get('ID');
    if (id instanceof PdfString) {
      const fresh = `id-${String(owners.length + 1).padStart(6, '0')}`;
      renamed.set(id.text(), fresh);
      element.set('ID', PdfString.fromText(fresh));
      owners.push([fresh, ref]);
    }
    const attributes = element.get('A');
    for (const a of Array.isArray(attributes) ? attributes : [attributes])
      if (isDict(a) && a.has('Headers')) withHeaders.push(a);
  }
  for (const attributes of withHeaders) {
    const headers = attributes.get('Headers');
    if (Array.isArray(headers))
      attributes.set(
        'Headers',
        headers.flatMap((h) => {
          const fresh = h instanceof PdfString ? renamed.get(h.text()) : undefined;
          return fresh ? [PdfString.fromText(fresh)] : [];
        }),
      );
  }
  if (owners.length === 0) return undefined;
  return dict({ Names: owners.flatMap(([id, ref]) => [PdfString.fromText(id), ref]) });
}
