import type { Meeting, Repository } from '../model/model-types.js';
import { buildMinutesView } from '../render/build-minutes-view.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import { assemblePdf, type PdfMetadata } from '../write/assemble-pdf.js';
import { PrintTimeoutError } from '../write/print-pdf.js';
import type { BuiltDocument } from './build-pack-pdf.js';
import { DocumentTimeoutError } from './find-slow-papers.js';
import { type PrintContext, printDocument } from './print-context.js';

/**
 * Build the minutes of a meeting from an audience's view (selectAudience): one print with the running
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
  const printed = await printDocument(context, html, `${meeting.id}-minutes`, {
    text: view.footer,
    draft: view.draft,
  }).catch((error: Error) => {
    // The minutes are the meeting file's own text: that file is the one to look at.
    if (error instanceof PrintTimeoutError)
      throw new DocumentTimeoutError(error.message, error.seconds, [meeting.file]);
    throw error;
  });
  const title = options.members ? `${view.title} (members, includes exempt items)` : view.title;
  const { pdf, pageCount } = await assemblePdf(printed.pdf, {
    placements: [],
    stampPages: [],
    metadata: { ...metadata, title },
  });
  return { pdf, html, pages: pageCount };
}
