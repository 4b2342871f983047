import { isDict, nameOf, type PdfDict, PdfRef, PdfStream, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfFile } from '../pdf/read-pdf.js';
import { markArtifacts } from './mark-artifacts.js';
import { partStructureOf } from './read-part-structure.js';

/** A page's content as one stream, and the same with its untagged painting wrapped as artifacts (when any was). */
export interface PageContent {
  /** The content streams of the page, in order. */
  streams: PdfRef[];
  content: Uint8Array;
  marked?: Uint8Array;
}

const done = new WeakMap<PdfFile, Map<number, PageContent>>();

/** Read a page's content and mark its untagged painting (once per page of a file). */
export function markPageContent(file: PdfFile, page: { ref: PdfRef; dict: PdfDict }): PageContent {
  let pages = done.get(file);
  if (!pages) {
    pages = new Map();
    done.set(file, pages);
  }
  const known = pages.get(page.ref.num);
  if (known) return known;
  const raw = page.dict.get('Contents');
  const list = file.resolve(raw);
  const streams = (Array.isArray(list) ? list : [raw]).filter((p): p is PdfRef => p instanceof PdfRef);
  const decoded = streams.map((p) => file.resolve(p)).filter((s): s is PdfStream => s instanceof PdfStream);
  const content = Buffer.concat(decoded.flatMap((s) => [Buffer.from(file.decode(s)), Buffer.from('\n')]));
  const resources = file.resolve(page.dict.get('Resources'));
  const xobjects = isDict(resources) ? file.resolve(resources.get('XObject')) : undefined;
  // A Form XObject with StructParents holds tagged content: drawing it is not painting to wrap.
  const isTaggedForm = (name: string) => {
    const xobject: PdfValue | undefined = isDict(xobjects) ? file.resolve(xobjects.get(name)) : undefined;
    return (
      xobject instanceof PdfStream &&
      nameOf(xobject.dict.get('Subtype')) === 'Form' &&
      xobject.dict.has('StructParents')
    );
  };
  const result = { streams, content, marked: markArtifacts(content, isTaggedForm) };
  pages.set(page.ref.num, result);
  return result;
}

/**
 * Mark every page of a print ahead of assembly, a page at a time, letting other work (Chromium's next print)
 * go on between pages, then read its structure tree.
 */
export async function preparePages(file: PdfFile): Promise<void> {
  for (const page of file.pages()) {
    markPageContent(file, page);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // The print's structure tree too (kept for the assembly, which reads it again at no cost).
  partStructureOf(file);
}
