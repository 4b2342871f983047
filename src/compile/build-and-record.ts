import type { ExpectedBookmark } from '../audit/check-outline.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Repository } from '../model/model-types.js';
import type { checkRepository } from '../pipeline/check-repository.js';
import { createTemplateRenderer, type TemplateSources } from '../render/create-template-renderer.js';
import type { CachedDocument } from '../write/document-cache.js';
import { BrowserNotFoundError } from '../write/find-browser.js';
import type { PrintCache } from '../write/print-cache.js';
import type { PrintSession } from '../write/print-session.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { buildDocument } from './build-document.js';
import { describeBuildFailure, describeTimeout } from './describe-build-failure.js';
import { DocumentTimeoutError } from './find-slow-papers.js';
import type { DocumentPlan } from './plan-documents.js';
import type { PrintContext } from './print-context.js';

/** What a document's build gave besides its PDF: kept in the document cache with it. */
export interface DocumentRecord {
  pages: number;
  html: string;
  diagnostics: Diagnostic[];
  refused: string[];
  bookmarks: ExpectedBookmark[];
}

/** Build one document, keeping what it reported (findings, refused requests) with it for the document cache; or why it failed. */
export async function buildAndRecord(
  context: PrintContext,
  checked: Awaited<ReturnType<typeof checkRepository>>,
  plan: DocumentPlan,
  env: NodeJS.ProcessEnv,
): Promise<CachedDocument<DocumentRecord> | { failed: Diagnostic[] }> {
  const repository = checked.repository as Repository;
  const diagnostics: Diagnostic[] = [];
  // The document's own requests: several documents may print at once, and each record keeps only its own.
  const own: PrintContext = { ...context, refused: new Set(), failed: new Set() };
  try {
    const built = await buildDocument(own, repository, plan, env, diagnostics, checked.locate);
    return {
      pdf: built.pdf,
      meta: {
        pages: built.pages,
        html: built.html,
        diagnostics,
        refused: [...own.refused],
        bookmarks: built.bookmarks,
      },
    };
  } catch (error) {
    // No browser at all is the run's failure, not a document's: one clear message.
    if (error instanceof BrowserNotFoundError) throw error;
    const why =
      error instanceof DocumentTimeoutError
        ? describeTimeout(plan, error)
        : [describeBuildFailure(plan, (error as Error).message.split('\n')[0])];
    return { failed: [...diagnostics, ...why] };
  }
}

/** What the documents of a run share when they are printed: the templates, the browser, the print cache. */
export function createPrintContext(
  templates: TemplateSources,
  session: () => Promise<PrintSession>,
  cache?: PrintCache,
  documentsToPrint = 0,
): PrintContext {
  let unprinted = documentsToPrint;
  return {
    renderer: createTemplateRenderer(templates),
    session,
    refused: new Set(),
    failed: new Set(),
    pdfPapers: new Map(),
    cache,
    pages: documentsToPrint > 1 ? 2 : 1,
    // Chromium is closed as soon as the run's last print is back, while that document is still assembled.
    printed: () => {
      if (--unprinted === 0)
        session().then(
          (browser) => browser.close(),
          () => undefined,
        );
    },
  };
}

/** Write a document's PDF (and HTML); why not, when the disk says no (the last good file then stays). */
export function writeDocument(
  target: string,
  built: CachedDocument<DocumentRecord>,
  html: boolean,
): string | undefined {
  try {
    writeFileAtomic(target, built.pdf);
    if (html) writeFileAtomic(target.replace(/\.pdf$/, '.html'), built.meta.html);
    return undefined;
  } catch (error) {
    return `cannot write it: ${(error as Error).message}`;
  }
}
