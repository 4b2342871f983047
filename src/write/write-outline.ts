import { dict, name, type PdfDict, type PdfRef, PdfString, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfWriter } from '../pdf/write-pdf.js';

/** A bookmark to write: its title, the named destination it opens, and the bookmarks under it. */
export interface BookmarkEntry {
  title: string;
  dest: string;
  children: BookmarkEntry[];
}

/**
 * Write the outline (bookmarks), every item open, each leading to the explicit destination of its name;
 * an entry whose destination is unknown leads to the first page. The /Outlines dictionary's reference.
 */
export function writeOutline(
  out: PdfWriter,
  entries: readonly BookmarkEntry[],
  dests: ReadonlyMap<string, PdfValue>,
  firstPage: PdfRef,
): PdfRef | undefined {
  if (entries.length === 0) return undefined;
  const root = out.reserve();
  const { first, last, count } = writeLevel(out, entries, root, dests, firstPage);
  out.set(root, dict({ Type: name('Outlines'), First: first, Last: last, Count: count }));
  return root;
}

function writeLevel(
  out: PdfWriter,
  entries: readonly BookmarkEntry[],
  parent: PdfRef,
  dests: ReadonlyMap<string, PdfValue>,
  firstPage: PdfRef,
): { first: PdfRef; last: PdfRef; count: number } {
  const refs = entries.map(() => out.reserve());
  let count = entries.length;
  entries.forEach((entry, i) => {
    const item: PdfDict = dict({
      Title: PdfString.fromText(entry.title),
      Parent: parent,
      Prev: refs[i - 1],
      Next: refs[i + 1],
      Dest: dests.get(entry.dest) ?? [firstPage, name('Fit')],
    });
    if (entry.children.length > 0) {
      const children = writeLevel(out, entry.children, refs[i], dests, firstPage);
      item.set('First', children.first);
      item.set('Last', children.last);
      item.set('Count', children.count);
      count += children.count;
    }
    out.set(refs[i], item);
  });
  return { first: refs[0], last: refs[refs.length - 1], count };
}
