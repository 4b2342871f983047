import type { LoadedPdfPaper } from '../load/load-pdf-paper.js';
import type { TemplateRenderer } from '../render/create-template-renderer.js';
import type { PrintCache } from '../write/print-cache.js';
import type { PrintOptions, PrintResult } from '../write/print-pdf.js';
import type { PrintSession } from '../write/print-session.js';

/** What every document of one run shares: one browser (started on first use), the templates, the PDF papers. */
export interface PrintContext {
  renderer: TemplateRenderer;
  /** The browser, launched on first call and reused for the whole run. */
  session(): Promise<PrintSession>;
  /** Requests refused or failed while printing the document in hand (each document has its own), for diagnostics. */
  refused: Set<string>;
  failed: Set<string>;
  /** PDF papers loaded in this run, by repository path. */
  pdfPapers: Map<string, Promise<LoadedPdfPaper>>;
  /** Prints kept from earlier runs (absent when turned off). */
  cache?: PrintCache;
  /** How many pages Chromium prints on at once: two when the run prints more than one document, else one. */
  pages: number;
  /** Called by a document once its last print is back (the run closes Chromium after the last document's). */
  printed?(): void;
}

/** Print HTML in the run's browser as a tagged PDF (or take the same print from the cache). */
export function printDocument(
  context: PrintContext,
  html: string,
  name: string,
  timeoutMs?: number,
): Promise<PrintResult> {
  return print(context, html, { name, tagged: true, timeoutMs });
}

async function print(context: PrintContext, html: string, options: PrintOptions): Promise<PrintResult> {
  const key = context.cache?.key(html, { tagged: options.tagged });
  let result = key ? context.cache?.get(key) : undefined;
  if (!result) {
    result = await (await context.session()).print(html, { ...options, pages: context.pages });
    if (key) context.cache?.put(key, result);
  }
  for (const url of result.refused) context.refused.add(url);
  for (const url of result.failed) context.failed.add(url);
  return result;
}

/** One page of a document as its pagination print draws it. */
export interface SheetView {
  landscape: boolean;
  /** A page sbp adds: "This page is left intentionally blank", or `note`. */
  blank: boolean;
  /** What a blank page says instead ("This page is intentionally withheld"). */
  note?: string;
  /** NOT FOR PUBLICATION. */
  stamp: boolean;
}

/**
 * Print the pagination of a document, one sheet per page: the footer (footer template, with the page number),
 * the NOT FOR PUBLICATION stamp (stamp template) and the blank-page note. Untagged: sbp draws it as artifacts.
 */
export async function printPagination(
  context: PrintContext,
  sheets: readonly SheetView[],
  footer: { text: string; draft?: boolean },
  title: string,
): Promise<Uint8Array> {
  const stampHtml = context.renderer.render('stamp', { text: 'NOT FOR PUBLICATION' });
  const pages = sheets.map((sheet, i) => ({
    ...sheet,
    footerHtml: context.renderer.render('footer', { ...footer, page: i + 1, pages: sheets.length }),
    stampHtml: sheet.stamp ? stampHtml : '',
  }));
  const html = context.renderer.render('pagination', { title, count: sheets.length, pages });
  return (await print(context, html, { name: 'pagination', tagged: false })).pdf;
}
