import { createHash } from 'node:crypto';
import { type PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFPage } from 'pdf-lib';
import { renumberStructIds } from './renumber-struct-ids.js';

/** A PDF paper drawn onto the placeholder pages Chromium printed for it. */
export interface PdfPlacement {
  /** 1-based page of the printed document where the paper's first page goes. */
  firstPage: number;
  paper: PDFDocument;
}

/** Document information written into every PDF sbp makes. */
export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
  keywords: string[];
  /** Creation and modification date: fixed so that builds are reproducible. */
  date: Date;
}

/** What to do to a printed PDF before it is written. */
export interface AssembleOptions {
  placements: PdfPlacement[];
  /** 1-based pages to mark with the stamp (e.g. NOT FOR PUBLICATION), and the one-page PDF that carries it. */
  stampPages: number[];
  stamp?: Uint8Array;
  metadata: PdfMetadata;
}

// Room left around a merged page: the footer (page number) and the heading of the paper's first page.
const MARGIN = 36;
const FOOTER = 50;
const HEADING = 80;

/** Merge PDF papers into their placeholder pages, stamp, and set fixed metadata; deterministic for the same input. */
export async function assemblePdf(
  printed: Uint8Array | PDFDocument,
  options: AssembleOptions,
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const doc = printed instanceof PDFDocument ? printed : await PDFDocument.load(printed, { updateMetadata: false });
  const pages = doc.getPages();
  for (const placement of options.placements) {
    const embedded = await doc.embedPages(placement.paper.getPages());
    embedded.forEach((source, i) => {
      const target = pages[placement.firstPage - 1 + i];
      if (target) drawFitted(target, source, i === 0 ? HEADING : MARGIN);
    });
  }
  if (options.stamp && options.stampPages.length > 0) {
    const [stamp] = await doc.embedPdf(options.stamp, [0]);
    for (const n of options.stampPages) {
      const page = pages[n - 1];
      if (page) page.drawPage(stamp, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    }
  }
  renumberStructIds(doc);
  setMetadata(doc, options.metadata);
  return {
    pdf: await doc.save({ useObjectStreams: true, updateFieldAppearances: false }),
    pageCount: doc.getPageCount(),
  };
}

function drawFitted(page: PDFPage, source: Awaited<ReturnType<PDFDocument['embedPages']>>[number], top: number): void {
  const boxWidth = page.getWidth() - 2 * MARGIN;
  const boxHeight = page.getHeight() - top - FOOTER;
  const scale = Math.min(boxWidth / source.width, boxHeight / source.height, 1);
  const width = source.width * scale;
  const height = source.height * scale;
  page.drawPage(source, { x: (page.getWidth() - width) / 2, y: page.getHeight() - top - height, width, height });
}

function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.language);
  doc.setCreator('sbp');
  doc.setProducer('sbp (Chromium, pdf-lib)');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  if (markInfo) markInfo.set(PDFName.of('Marked'), PDFBool.True);
  // Chromium's /ID depends on the print time; derive it from the content instead.
  const id = createHash('md5')
    .update(JSON.stringify([meta.title, meta.subject, meta.date.getTime(), doc.getPageCount()]))
    .digest('hex');
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]) as PDFArray;
}
