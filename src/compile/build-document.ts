import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LocateSource } from '../diagnostics/report-at.js';
import { loadPdfPaper } from '../load/load-pdf-paper.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { computeDeadlines } from '../model/compute-deadlines.js';
import { decidePreviousMeeting } from '../model/decide-previous-meeting.js';
import { groupMattersArising } from '../model/group-matters-arising.js';
import type { Meeting, Repository, SourceRef } from '../model/model-types.js';
import { reportMattersArising } from '../model/report-matters-arising.js';
import { type Audience, selectAudience } from '../model/select-audience.js';
import { walkItems } from '../model/walk-items.js';
import type { PdfPaperInfo } from '../render/build-paper-sections.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import { describeImageProblem } from '../validate/describe-image-problem.js';
import { buildMinutesPdf } from './build-minutes-pdf.js';
import { type BuiltDocument, buildPackPdf, type PackInput } from './build-pack-pdf.js';
import { fixedDate } from './describe-refusals.js';
import type { DocumentPlan } from './plan-documents.js';
import type { PrintContext } from './print-context.js';

/**
 * Build one document of a meeting (its pack or its minutes) from the view selectAudience gives its
 * audience, so that a public document is rendered from the public view alone; faults in its papers
 * become diagnostics.
 */
export async function buildDocument(
  context: PrintContext,
  repository: Repository,
  plan: DocumentPlan,
  env: NodeJS.ProcessEnv,
  diagnostics: Diagnostic[],
  locate: LocateSource,
): Promise<BuiltDocument> {
  const { meeting } = plan;
  const notes: RenderNote[] = [];
  const body = repository.bodies.get(meeting.bodyId);
  const metadata = {
    author: `${repository.config.council}, ${repository.config.partnership}`,
    subject: `${plan.kind === 'agenda' ? 'Agenda pack' : 'Minutes'} of the meeting of ${body?.name ?? meeting.bodyId} on ${meeting.date}`,
    language: 'en-GB',
    keywords: [repository.config.partnership, meeting.bodyId, meeting.date, plan.kind],
    creator: `sbp ${readPackageVersion()}`,
    date: fixedDate(
      env,
      plan.kind === 'agenda'
        ? (meeting.dispatched ?? computeDeadlines(meeting.date, repository.config).dispatch)
        : meeting.date,
    ),
  };
  const audience: Audience = plan.members ? 'members' : 'public';
  let built: BuiltDocument;
  if (plan.kind === 'minutes') {
    const view = selectAudience(repository, audience);
    built = await buildMinutesPdf(context, view, meetingIn(view, meeting), { members: plan.members, notes }, metadata);
  } else {
    const pdfDocs = new Map<string, Uint8Array>();
    const mentions = new Map<string, SourceRef>();
    const pdfPapers = new Map<string, PdfPaperInfo>();
    // The members' pack's PDF papers, all of them: a public pack needs their page counts to number its pages alike.
    const previous = decidePreviousMeeting(repository.meetings, meeting);
    for (const item of walkItems(meeting.items)) {
      // The previous minutes may be a PDF the clerk declared: merged like any PDF paper of the item.
      const pdfs = item.papers.flatMap((paper) =>
        paper.type === 'pdf'
          ? [paper]
          : paper.type === 'generated' && paper.generate === 'previous-minutes' && previous.minutes.type === 'pdf'
            ? [previous.minutes]
            : [],
      );
      for (const paper of pdfs) {
        if (pdfPapers.has(paper.path)) continue;
        // The public and members' packs merge the same PDFs: load each once per run.
        const loading = context.pdfPapers.get(paper.path) ?? loadPdfPaper(repository.root, paper.path);
        context.pdfPapers.set(paper.path, loading);
        const loaded = await loading;
        pdfPapers.set(
          paper.path,
          loaded.ok ? { pageCount: loaded.pageCount, landscape: loaded.landscape } : { reason: loaded.reason },
        );
        mentions.set(paper.path, paper.src);
        if (loaded.ok) pdfDocs.set(paper.path, loaded.pdf);
        else
          diagnostics.push({
            code: 'paper-invalid',
            severity: 'error',
            file: paper.path,
            line: 1,
            column: 1,
            message: `${paper.path} ${loaded.reason}; the pack shows a notice in its place`,
            hint: 'Replace the file with a readable, unencrypted PDF.',
          });
      }
    }
    const packInput = (of: Audience, notesOf: RenderNote[]): PackInput => {
      const view = selectAudience(repository, of);
      const viewed = meetingIn(view, meeting);
      return {
        repository: view,
        meeting: viewed,
        previous: decidePreviousMeeting(view.meetings, viewed),
        members: of === 'members',
        pdfPapers,
        mattersArising: groupMattersArising(reportMattersArising(view, viewed)),
        notes: notesOf,
        deadlines: computeDeadlines(meeting.date, repository.config),
      };
    };
    // The other audience's pack is only measured, never written: what its Markdown reports is not this document's.
    const counterpart = packInput(plan.members ? 'public' : 'members', []);
    built = await buildPackPdf(context, packInput(audience, notes), counterpart, pdfDocs, metadata);
    for (const { path: paper, message } of built.paperWarnings) {
      const src = mentions.get(paper);
      const at = src ? locate(src) : { line: 1, column: 1 };
      diagnostics.push({
        code: 'paper-tags-dropped',
        severity: 'warning',
        file: src?.file ?? paper,
        line: at.line,
        column: at.column,
        message: `the tags of ${paper} could not be kept (${message}), so it is one figure described by its title`,
        hint: 'Export the paper again as a tagged PDF (PDF/UA if the program offers it), or write it in Markdown.',
      });
    }
  }
  for (const note of notes)
    diagnostics.push(
      describeImageProblem(note.kind, note.url, { file: note.file, line: note.line ?? 1, column: note.column ?? 1 }),
    );
  return built;
}

/** The meeting as the audience's view holds it. */
function meetingIn(view: Repository, meeting: Meeting): Meeting {
  const found = view.meetings.find((m) => m.id === meeting.id);
  if (!found) throw new Error(`meeting ${meeting.id} is missing from the audience's view`);
  return found;
}
