import { dict, isDict, name, type PdfRef, PdfString, type PdfValue } from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';
import { PdfWriter } from '../pdf/write-pdf.js';
import { buildPages, type PageSource } from './build-pages.js';
import { PartCopier, StructKeys } from './copy-part-objects.js';
import { describeLink } from './describe-links.js';
import { finishStructure } from './finish-structure.js';
import { type GraftedPaper, graftPdfPaper, type PaperPlacement } from './graft-pdf-paper.js';
import { buildParentTree, countMcids, mergeDests } from './join-parts.js';
import { partStructureOf } from './read-part-structure.js';
import { buildInfoDict, buildXmpStream, type PdfMetadata } from './write-metadata.js';
import { type BookmarkEntry, writeOutline } from './write-outline.js';

export type { PageSource } from './build-pages.js';
export type { PaperPlacement } from './graft-pdf-paper.js';
export type { PdfMetadata } from './write-metadata.js';
export type { BookmarkEntry } from './write-outline.js';

/** What the assembler makes one PDF from. */
export interface AssembleOptions {
  /** Tagged prints of Chromium (bytes, or already opened); where two define a named destination, the earlier wins. */
  parts: (Uint8Array | PdfFile)[];
  /** The pages of the document, in order. */
  pages: PageSource[];
  /** An untagged print with one page per document page: footers, stamps, blank-page notes (drawn as artifacts). */
  pagination: Uint8Array;
  papers: PaperPlacement[];
  bookmarks: BookmarkEntry[];
  /** Descriptions of internal link targets by named destination, for the links' /Contents. */
  linkLabels: ReadonlyMap<string, string>;
  metadata: PdfMetadata;
}

/** The written PDF, its page count, and why a PDF paper's tags were dropped (by index into `papers`). */
export interface AssembledPdf {
  pdf: Uint8Array;
  pageCount: number;
  warnings: { paper: number; message: string }[];
}

/**
 * Make one PDF/UA-1 document from Chromium's prints: pages taken from the parts (structure trees joined under
 * one Document, in page order), pagination artifacts drawn over every page, PDF papers drawn in with their
 * structure grafted under their agenda item, bookmarks, XMP and document information. Deterministic: the same
 * inputs give the same bytes.
 */
export function assemblePdf(options: AssembleOptions): AssembledPdf {
  const out = new PdfWriter();
  const keys = new StructKeys();
  const files = options.parts.map((part) => (part instanceof PdfFile ? part : new PdfFile(part)));
  const partPages = files.map((file) => file.pages());
  const pageRefs = options.pages.map(() => out.reserve());
  const finalPage = files.map(() => new Map<number, number>());
  options.pages.forEach((source, k) => {
    if ('part' in source) finalPage[source.part].set(partPages[source.part][source.page - 1].ref.num, k);
  });
  const copiers = files.map((file, i) => {
    const map = new Map<number, PdfRef | null>(partPages[i].map((p) => [p.ref.num, null]));
    for (const [num, k] of finalPage[i]) map.set(num, pageRefs[k]);
    return new PartCopier(file, out, map, keys, `p${i}-`);
  });
  // Top-level elements of every part whose content is all on kept pages, in the order of their first page.
  const units = files
    .flatMap((file, i) =>
      partStructureOf(file).units.flatMap((unit) => {
        const at = unit.pages.map((num) => finalPage[i].get(num));
        if (at.length === 0 || at.some((k) => k === undefined)) return [];
        return [{ ref: copiers[i].ref(unit.ref.num) as PdfRef, first: Math.min(...(at as number[])) + 1 }];
      }),
    )
    .sort((a, b) => a.first - b.first);
  const documentRef = out.reserve();
  const documentKids: PdfValue[] = units.map((u) => u.ref);
  const built = buildPages(out, options.pages, pageRefs, copiers, partPages, options.pagination, keys, countMcids);
  const grafted: GraftedPaper = { roleMap: new Map() };
  const context = { out, keys, pages: built.pages, grafted, claimMcid: built.claimMcid };
  const warnings = options.papers.flatMap((placement, index) => {
    const section = units.find((u) => u.first === placement.firstPage);
    const parent = section ? { ref: section.ref } : { ref: documentRef, kids: documentKids };
    const message = graftPdfPaper(context, placement, index, parent);
    return message ? [{ paper: index, message }] : [];
  });
  const treeRoot = out.reserve();
  const language = PdfString.fromText(options.metadata.language);
  out.set(
    documentRef,
    dict({ Type: name('StructElem'), S: name('Document'), P: treeRoot, Lang: language, K: documentKids }),
  );
  const roles = new Map([...files.flatMap((f) => [...partStructureOf(f).roleMap]), ...grafted.roleMap]);
  const finished = finishStructure(out, documentRef, roles);
  const parentTree = buildParentTree(keys, built.extraMcids);
  const dests = mergeDests(files, copiers);
  for (const page of built.pages) {
    const annots = page.dict.get('Annots');
    for (const ref of Array.isArray(annots) ? annots : []) {
      const annotation = out.resolve(ref);
      if (isDict(annotation)) describeLink(annotation, options.linkLabels, (v) => out.resolve(v));
    }
  }
  out.set(
    treeRoot,
    dict({
      Type: name('StructTreeRoot'),
      K: documentRef,
      ParentTree: out.add(dict({ Nums: parentTree })),
      ParentTreeNextKey: keys.size,
      RoleMap: finished.roleMap.size > 0 ? finished.roleMap : undefined,
      IDTree: finished.idTree ? out.add(finished.idTree) : undefined,
    }),
  );
  const catalog = out.add(
    dict({
      Type: name('Catalog'),
      Pages: built.root,
      StructTreeRoot: treeRoot,
      MarkInfo: dict({ Marked: true }),
      Lang: language,
      ViewerPreferences: dict({ DisplayDocTitle: true }),
      PageMode: name('UseOutlines'),
      Outlines: writeOutline(out, options.bookmarks, dests, pageRefs[0]),
      Dests: dests.size > 0 ? out.add(new Map([...dests].sort(([a], [b]) => (a < b ? -1 : 1)))) : undefined,
      Metadata: out.add(buildXmpStream(options.metadata)),
    }),
  );
  const info = out.add(buildInfoDict(options.metadata));
  return { pdf: out.serialize(catalog, info), pageCount: options.pages.length, warnings };
}
