import { isDict, nameOf, type PdfDict, PdfName, PdfString, type PdfValue } from '../pdf/pdf-objects.js';

/**
 * Give a link annotation its alternate description (/Contents, PDF/UA-1 7.18.5) from where it leads: an
 * internal link by the label of its destination (e.g. "Agenda Item 4a: ..."), an e-mail link by its address,
 * a web link by its address. A link that already has one keeps it.
 */
export function describeLink(
  annotation: PdfDict,
  labels: ReadonlyMap<string, string>,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): void {
  if (nameOf(annotation.get('Subtype')) !== 'Link') return;
  const existing = resolve(annotation.get('Contents'));
  if (existing instanceof PdfString && existing.text().trim()) return;
  const text = describeTarget(annotation, labels, resolve);
  if (text) annotation.set('Contents', PdfString.fromText(text));
}

function describeTarget(
  annotation: PdfDict,
  labels: ReadonlyMap<string, string>,
  resolve: (v: PdfValue | undefined) => PdfValue | undefined,
): string | undefined {
  const action = resolve(annotation.get('A'));
  const uri = isDict(action) ? resolve(action.get('URI')) : undefined;
  if (uri instanceof PdfString) {
    const address = uri.text();
    return address.startsWith('mailto:') ? `E-mail ${address.slice(7)}` : `Link to ${address.replace(/\/$/, '')}`;
  }
  const dest = resolve(annotation.get('Dest')) ?? (isDict(action) ? resolve(action.get('D')) : undefined);
  const named = dest instanceof PdfName ? dest.value : dest instanceof PdfString ? dest.text() : undefined;
  if (named !== undefined) return labels.get(named) ?? `Go to ${named}`;
  return 'Go to another page of this document';
}
