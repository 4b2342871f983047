import { deflateSync } from 'node:zlib';
import { dict, isDict, name, type PdfDict, type PdfRef, PdfStream, type PdfValue } from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';
import type { PdfWriter } from '../pdf/write-pdf.js';
import { PartCopier, type StructKeys } from './copy-part-objects.js';
import { markPageContent } from './mark-page-content.js';

/** Where a page of the document comes from: a page (1-based) of a printed part, or a new empty page of a size. */
export type PageSource = { part: number; page: number } | { size: [number, number] };

/** A page of the document being written; its /Contents ends with the pagination overlay. */
export interface BuiltPage {
  ref: PdfRef;
  dict: PdfDict;
  /** The page's XObject resources, its own (papers add theirs). */
  xobjects: PdfDict;
  mediaBox: number[];
}

const SAVE = Buffer.from('q\n');
const RESTORE = Buffer.from('\nQ\n');
const OVERLAY = Buffer.from('\n/Artifact <</Type /Pagination>> BDC\nq /SbpPagination Do Q\nEMC\n');

/**
 * Write the page tree: each page from its part (content wrapped for untagged painting, annotations and
 * resources copied, its StructParents key renumbered) or new and empty, with page k of the pagination print
 * drawn over it as a pagination artifact. `claimMcid` gives a new MCID on a page for an element the caller adds.
 */
export function buildPages(
  out: PdfWriter,
  sources: readonly PageSource[],
  refs: readonly PdfRef[],
  copiers: readonly PartCopier[],
  partPages: readonly { ref: PdfRef; dict: PdfDict }[][],
  pagination: Uint8Array,
  keys: StructKeys,
  mcidCount: (copier: PartCopier, oldKey: number) => number,
) {
  const root = out.reserve();
  const overlay = new PdfFile(pagination);
  const overlayPages = overlay.pages();
  // The pagination print's resources (fonts, graphics states) are copied once, shared by its pages.
  const overlayCopier = new PartCopier(
    overlay,
    out,
    new Map(overlayPages.map((p) => [p.ref.num, null])),
    keys,
    'pagination-',
  );
  if (overlayPages.length !== sources.length)
    throw new Error(`the pagination print has ${overlayPages.length} pages for a document of ${sources.length}`);
  const save = out.add(new PdfStream(new Map(), SAVE));
  const restore = out.add(new PdfStream(new Map(), RESTORE));
  const draw = out.add(new PdfStream(new Map(), OVERLAY));
  const pages: BuiltPage[] = [];
  const extraMcids = new Map<number, PdfRef[]>();
  const baseMcids = new Map<number, number>();
  const pageKeys: (number | undefined)[] = [];
  sources.forEach((source, k) => {
    const form = overlayForm(out, overlayCopier, overlayPages[k].dict);
    const page: PdfDict = dict({ Type: name('Page'), Parent: root, Tabs: name('S') });
    let xobjects: PdfDict = new Map();
    let mediaBox: number[];
    let contents: PdfValue[];
    if ('part' in source) {
      const copier = copiers[source.part];
      const src = partPages[source.part][source.page - 1].dict;
      const file = copier.file;
      mediaBox = (file.resolve(src.get('MediaBox')) as number[]).map((n) => Number(file.resolve(n)));
      const resources = out.resolve(copier.copy(src.get('Resources') ?? new Map()));
      const ownResources: PdfDict = isDict(resources) ? new Map(resources) : new Map();
      const copiedX = out.resolve(ownResources.get('XObject'));
      xobjects = isDict(copiedX) ? new Map(copiedX) : new Map();
      ownResources.set('XObject', xobjects);
      page.set('Resources', ownResources);
      // The page's own content may leave the graphics state changed: papers and the overlay start afresh.
      contents = [save, mainContent(out, copier, partPages[source.part][source.page - 1]), restore, draw];
      for (const key of ['CropBox', 'Rotate', 'Group', 'Annots'])
        if (src.has(key)) page.set(key, copier.copy(src.get(key) as PdfValue));
      const oldKey = file.resolve(src.get('StructParents'));
      if (typeof oldKey === 'number') {
        const key = keys.map(copier, oldKey);
        page.set('StructParents', key);
        pageKeys[k] = key;
        baseMcids.set(key, mcidCount(copier, oldKey));
      }
    } else {
      mediaBox = [0, 0, ...source.size];
      page.set('Resources', dict({ XObject: xobjects }));
      contents = [draw];
    }
    xobjects.set('SbpPagination', form);
    page.set('MediaBox', mediaBox);
    page.set('Contents', contents);
    out.set(refs[k], page);
    pages.push({ ref: refs[k], dict: page, xobjects, mediaBox });
  });
  out.set(root, dict({ Type: name('Pages'), Kids: [...refs], Count: refs.length }));
  /** A new MCID on page `index` (0-based) whose marked content `element` holds. */
  const claimMcid = (index: number, element: PdfRef): number => {
    let key = pageKeys[index];
    if (key === undefined) {
      key = keys.fresh();
      pageKeys[index] = key;
      pages[index].dict.set('StructParents', key);
      baseMcids.set(key, 0);
    }
    const extra = extraMcids.get(key) ?? [];
    extraMcids.set(key, [...extra, element]);
    return (baseMcids.get(key) ?? 0) + extra.length;
  };
  return { root, pages, claimMcid, extraMcids };
}

/** A page's content as one stream, untagged painting wrapped as artifacts (the stream is copied as is when none). */
function mainContent(out: PdfWriter, copier: PartCopier, page: { ref: PdfRef; dict: PdfDict }): PdfRef {
  const { streams, content, marked } = markPageContent(copier.file, page);
  if (!marked && streams.length === 1) return copier.copy(streams[0]) as PdfRef;
  return out.add(new PdfStream(dict({ Filter: name('FlateDecode') }), deflateSync(marked ?? content)));
}

/** A page of the pagination print as a Form XObject (its content stream reused as stored). */
function overlayForm(out: PdfWriter, copier: PartCopier, page: PdfDict): PdfRef {
  const file = copier.file;
  const raw = file.resolve(page.get('Contents'));
  const streams = (Array.isArray(raw) ? raw.map((r) => file.resolve(r)) : [raw]).filter(
    (s): s is PdfStream => s instanceof PdfStream,
  );
  const single = streams.length === 1 ? streams[0] : undefined;
  const data = single ? single.data : deflateSync(Buffer.concat(streams.map((s) => Buffer.from(file.decode(s)))));
  const resources = copier.copy(page.get('Resources') ?? new Map());
  return out.add(
    new PdfStream(
      dict({
        Type: name('XObject'),
        Subtype: name('Form'),
        BBox: file.resolve(page.get('MediaBox')),
        Resources: resources,
        Filter: single ? single.dict.get('Filter') : name('FlateDecode'),
      }),
      data,
    ),
  );
}
