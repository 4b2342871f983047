import type { Meeting, Repository } from '../model/model-types.js';
import { PdfFile } from '../pdf/read-pdf.js';
import { buildMinutesView, type MinuteItemView } from '../render/build-minutes-view.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import { assemblePdf, type BookmarkEntry, type PdfMetadata } from '../write/assemble-pdf.js';
import { preparePages } from '../write/mark-page-content.js';
import { PrintTimeoutError } from '../write/print-pdf.js';
import { readNamedDestinations } from '../write/read-named-destinations.js';
import type { BuiltDocument } from './build-pack-pdf.js';
import { DocumentTimeoutError } from './find-slow-papers.js';
import { type PrintContext, printDocument, printPagination } from './print-context.js';

/**
 * Build the minutes of a meeting from an audience's view (selectAudience): one tagged print, then the running
 * footer (body and date), marked DRAFT until approved; `members` names the members' copy in its title.
 */
export async function buildMinutesPdf(
  context: PrintContext,
  repository: Repository,
  meeting: Meeting,
  options: { members: boolean; notes: RenderNote[] },
  metadata: Omit<PdfMetadata, 'title'>,
): Promise<BuiltDocument> {
  const view = buildMinutesView(repository, meeting, { notes: options.notes });
  const html = context.renderer.render('minutes', view);
  const printed = new PdfFile(
    (
      await printDocument(context, html, `${meeting.id}-minutes`).catch((error: Error) => {
        // The minutes are the meeting file's own text: that file is the one to look at.
        if (error instanceof PrintTimeoutError)
          throw new DocumentTimeoutError(error.message, error.seconds, [meeting.file]);
        throw error;
      })
    ).pdf,
  );
  const { sizes } = readNamedDestinations(printed);
  const title = options.members ? `${view.title} (members, includes exempt items)` : view.title;
  // Chromium prints the footers while sbp marks the artifacts of the minutes.
  const paginating = printPagination(
    context,
    sizes.map(([w, h]) => ({ landscape: w > h, blank: false, stamp: false })),
    { text: view.footer, draft: view.draft },
    title,
  );
  paginating.catch(() => undefined);
  await preparePages(printed);
  const pagination = await paginating;
  context.printed?.();
  const bookmarks = view.items.map(bookmarkOf);
  const assembled = assemblePdf({
    parts: [printed],
    pages: sizes.map((_, i) => ({ part: 0, page: i + 1 })),
    pagination,
    papers: [],
    bookmarks,
    linkLabels: new Map(),
    metadata: { ...metadata, title },
  });
  return { pdf: assembled.pdf, html, pages: assembled.pageCount, paperWarnings: [], bookmarks };
}

/** The bookmark of a minute: its number and title as the minutes print them, sub-items nested. */
function bookmarkOf(item: MinuteItemView): BookmarkEntry {
  return {
    title: `${item.minute} ${item.title.toUpperCase()}`,
    dest: `minute-${item.minute}`,
    children: item.items.map(bookmarkOf),
  };
}
