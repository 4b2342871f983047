import { deflateSync } from 'node:zlib';
import {
  dict,
  isDict,
  name,
  type PdfDict,
  type PdfRef,
  PdfStream,
  PdfString,
  type PdfValue,
} from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';
import type { PdfWriter } from '../pdf/write-pdf.js';
import { attachContent } from './attach-grafted-content.js';
import type { BuiltPage } from './build-pages.js';
import { copyLinks } from './copy-paper-links.js';
import { PartCopier, type StructKeys } from './copy-part-objects.js';
import { markPageContent } from './mark-page-content.js';
import { placePaperPage } from './place-paper-page.js';
import { readPartStructure } from './read-part-structure.js';

/** A PDF paper to draw onto the pages Chromium left for it. */
export interface PaperPlacement {
  /** The paper as a PDF with a classic cross-reference table (load/ normalises what users supply). */
  pdf: Uint8Array;
  /** 1-based page of the document where its first page goes (the first page of its section). */
  firstPage: number;
  title: string;
}

/** What grafting papers adds to the document's structure tree root. */
export interface GraftedPaper {
  roleMap: Map<string, string>;
}

/** The document being assembled, as a paper sees it. */
export interface GraftContext {
  out: PdfWriter;
  keys: StructKeys;
  pages: readonly BuiltPage[];
  grafted: GraftedPaper;
  claimMcid(pageIndex: number, element: PdfRef): number;
}

/**
 * Draw a PDF paper onto its pages (each page a Form XObject, scaled to fit below the item's heading) and graft
 * its structure tree under `parent` (the item's section element): its elements keep their MCIDs, now in the
 * Form XObjects (StructParents renumbered into the document's ParentTree), its headings nested below the
 * item's. A paper without tags, or whose tags cannot be kept, becomes one Figure described by its title. The
 * reason its tags were dropped, when they were.
 */
export function graftPdfPaper(
  context: GraftContext,
  placement: PaperPlacement,
  index: number,
  parent: { ref: PdfRef; kids?: PdfValue[] },
): string | undefined {
  const file = new PdfFile(placement.pdf);
  const paperPages = file.pages();
  const targets = paperPages.map((_, j) => context.pages[placement.firstPage - 1 + j]);
  if (targets.some((t) => t === undefined))
    throw new Error(`the pack has no room for every page of paper ${index + 1}`);
  const pageMap = new Map(paperPages.map((p, j) => [p.ref.num, targets[j].ref]));
  const copier = new PartCopier(file, context.out, pageMap, context.keys, `paper${index}-`);
  const structure = readPartStructure(file);
  let reason: string | undefined;
  if (structure.units.length > 0) {
    try {
      const forms = paperPages.map((page, j) => drawPage(context, copier, page, targets[j], j, `${index}`, true));
      const units = structure.units.map((u) => copier.ref(u.ref.num) as PdfRef);
      attachContent(context.out, units, new Map(targets.map((t, j) => [t.ref.num, forms[j]])));
      const part = context.out.add(
        dict({ Type: name('StructElem'), S: name('Part'), T: PdfString.fromText(placement.title), K: units }),
      );
      if (structure.lang) (context.out.get(part) as PdfDict).set('Lang', PdfString.fromText(structure.lang));
      for (const [from, to] of structure.roleMap)
        if (!context.grafted.roleMap.has(from)) context.grafted.roleMap.set(from, to);
      append(context.out, parent, part);
      return undefined;
    } catch (error) {
      reason = (error as Error).message;
    }
  }
  const figure = context.out.reserve();
  const marks = paperPages.map((page, j) => {
    const pageIndex = placement.firstPage - 1 + j;
    const mcid = context.claimMcid(pageIndex, figure);
    drawPage(context, copier, page, targets[j], j, `${index}`, false, mcid);
    return dict({ Type: name('MCR'), Pg: targets[j].ref, MCID: mcid });
  });
  const alt = `${placement.title}: a paper supplied as a PDF of ${paperPages.length} page${paperPages.length === 1 ? '' : 's'} without tags, so its text cannot be read out here.`;
  context.out.set(
    figure,
    dict({ Type: name('StructElem'), S: name('Figure'), Alt: PdfString.fromText(alt), K: marks }),
  );
  append(context.out, parent, figure);
  return reason;
}

function append(out: PdfWriter, parent: { ref: PdfRef; kids?: PdfValue[] }, child: PdfRef): void {
  if (parent.kids) {
    parent.kids.push(child);
    return;
  }
  const element = out.get(parent.ref);
  if (!isDict(element)) throw new Error('the section element of a PDF paper is missing');
  const k = element.get('K');
  element.set('K', [...(Array.isArray(k) ? k : k === undefined ? [] : [k]), child]);
}

/** Draw page `j` of the paper onto `target` as a Form XObject; tagged forms keep their marked content. */
function drawPage(
  context: GraftContext,
  copier: PartCopier,
  { ref, dict: page }: { ref: PdfRef; dict: PdfDict },
  target: BuiltPage,
  j: number,
  paper: string,
  tagged: boolean,
  figureMcid?: number,
): PdfRef {
  const file = copier.file;
  const { content, marked } = markPageContent(file, { ref, dict: page });
  const key = file.resolve(page.get('StructParents'));
  if (tagged && typeof key !== 'number' && Buffer.from(content).includes('/MCID'))
    throw new Error(`page ${j + 1} has marked content but no StructParents`);
  const data = tagged ? (marked ?? content) : content;
  const box = (file.resolve(page.get('CropBox')) ?? file.resolve(page.get('MediaBox'))) as number[];
  const form = context.out.add(
    new PdfStream(
      dict({
        Type: name('XObject'),
        Subtype: name('Form'),
        BBox: box.map((n) => Number(file.resolve(n))),
        Resources: copier.copy(page.get('Resources') ?? new Map()),
        Group: page.has('Group') ? copier.copy(page.get('Group') as PdfValue) : undefined,
        StructParents: tagged && typeof key === 'number' ? context.keys.map(copier, key) : undefined,
        Filter: name('FlateDecode'),
      }),
      deflateSync(data),
    ),
  );
  const xname = `SbpPaper${paper}p${j + 1}`;
  target.xobjects.set(xname, form);
  const placed = placePaperPage(box, Number(file.resolve(page.get('Rotate')) ?? 0), target.mediaBox, j === 0);
  const draw = `q ${placed.matrix.map(formatNumber).join(' ')} cm /${xname} Do Q`;
  const text = figureMcid === undefined ? draw : `/Figure <</MCID ${figureMcid}>> BDC ${draw} EMC`;
  const contents = target.dict.get('Contents') as PdfValue[];
  contents.splice(contents.length - 1, 0, context.out.add(new PdfStream(new Map(), Buffer.from(`\n${text}\n`))));
  if (tagged) copyLinks(context, copier, page, target, placed.transform);
  return form;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4).replace(/\.?0+$/, '');
}
