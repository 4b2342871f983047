import type { LoadedPdfPaper } from '../load/load-pdf-paper.js';
import type { TemplateRenderer } from '../render/create-template-renderer.js';
import type { BrowserSession } from '../write/launch-browser.js';
import { type PrintResult, printHtmlToPdf } from '../write/print-pdf.js';

/** Where each paper section started in a print without blank pages, and that print's length. */
export interface PackMeasure {
  starts: number[];
  pageCount: number;
}

/** What every document of one run shares: one browser (started on first use), the templates, the stamp. */
export interface PrintContext {
  renderer: TemplateRenderer;
  /** The browser, launched on first call and reused for the whole run. */
  session(): Promise<BrowserSession>;
  /** Requests refused or failed across the run, for diagnostics. */
  refused: Set<string>;
  failed: Set<string>;
  stampCache?: Uint8Array;
  /** PDF papers loaded in this run, by repository path. */
  pdfPapers: Map<string, Promise<LoadedPdfPaper>>;
  /** Pack measurements by hash of the draft HTML, kept in the build cache across runs. */
  measures?: Map<string, PackMeasure>;
}

/** Print HTML in the run's browser with a footer from the footer template. */
export async function printDocument(
  context: PrintContext,
  html: string,
  name: string,
  footer: { text: string; draft?: boolean },
  measureOnly = false,
  timeoutMs?: number,
): Promise<PrintResult> {
  const footerTemplate = context.renderer.render('footer', footer);
  const result = await printHtmlToPdf(await context.session(), html, {
    name,
    footerTemplate,
    draft: measureOnly,
    timeoutMs,
  });
  for (const url of result.refused) context.refused.add(url);
  for (const url of result.failed) context.failed.add(url);
  return result;
}

/** The one-page NOT FOR PUBLICATION stamp, printed once per run. */
export async function printStamp(context: PrintContext): Promise<Uint8Array> {
  if (!context.stampCache) {
    const html = context.renderer.render('stamp', { text: 'NOT FOR PUBLICATION' });
    context.stampCache = (
      await printHtmlToPdf(await context.session(), html, { name: 'stamp', footerTemplate: '<span></span>' })
    ).pdf;
  }
  return context.stampCache;
}
