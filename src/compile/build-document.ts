import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadPdfPaper } from '../load/load-pdf-paper.js';
import { computeDeadlines } from '../model/compute-deadlines.js';
import type { Repository } from '../model/model-types.js';
import { findPreviousMeeting, reportMattersArising } from '../model/report-matters-arising.js';
import { walkItems } from '../model/walk-items.js';
import type { PdfPaperInfo } from '../render/build-paper-sections.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import { describeImageProblem } from '../validate/describe-image-problem.js';
import { buildMinutesPdf } from './build-minutes-pdf.js';
import { type BuiltDocument, buildPackPdf } from './build-pack-pdf.js';
import { fixedDate } from './describe-refusals.js';
import type { DocumentPlan } from './plan-documents.js';
import type { PrintContext } from './print-context.js';

/** Build one document of a meeting (its pack or its minutes); faults in its papers become diagnostics. */
export async function buildDocument(
  context: PrintContext,
  repository: Repository,
  plan: DocumentPlan,
  env: NodeJS.ProcessEnv,
  diagnostics: Diagnostic[],
): Promise<BuiltDocument> {
  const { meeting } = plan;
  const notes: RenderNote[] = [];
  const body = repository.bodies.get(meeting.bodyId);
  const metadata = {
    author: `${repository.config.council}, ${repository.config.partnership}`,
    subject: `${plan.kind === 'agenda' ? 'Agenda pack' : 'Minutes'} of the meeting of ${body?.name ?? meeting.bodyId} on ${meeting.date}`,
    language: 'en-GB',
    keywords: [repository.config.partnership, meeting.bodyId, meeting.date, plan.kind],
    date: fixedDate(
      env,
      plan.kind === 'agenda'
        ? (meeting.dispatched ?? computeDeadlines(meeting.date, repository.config).dispatch)
        : meeting.date,
    ),
  };
  let built: BuiltDocument;
  if (plan.kind === 'minutes') {
    built = await buildMinutesPdf(context, repository, meeting, { includeExempt: plan.members, notes }, metadata);
  } else {
    const pdfDocs = new Map<string, PDFDocument>();
    const pdfPapers = new Map<string, PdfPaperInfo>();
    for (const item of walkItems(meeting.items)) {
      for (const paper of item.papers) {
        if (paper.type !== 'pdf' || pdfPapers.has(paper.path)) continue;
        if (item.exempt && !plan.members) continue;
        // The public and members' packs merge the same PDFs: load each once per run.
        const loading = context.pdfPapers.get(paper.path) ?? loadPdfPaper(path.join(repository.root, paper.path));
        context.pdfPapers.set(paper.path, loading);
        const loaded = await loading;
        pdfPapers.set(
          paper.path,
          loaded.ok ? { pageCount: loaded.pageCount, landscape: loaded.landscape } : { reason: loaded.reason },
        );
        if (loaded.ok) pdfDocs.set(paper.path, loaded.doc);
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
    built = await buildPackPdf(
      context,
      {
        repository,
        meeting,
        previous: findPreviousMeeting(repository.meetings, meeting),
        members: plan.members,
        pdfPapers,
        mattersArising: reportMattersArising(repository, meeting),
        notes,
        deadlines: computeDeadlines(meeting.date, repository.config),
      },
      pdfDocs,
      metadata,
    );
  }
  for (const note of notes)
    diagnostics.push(
      describeImageProblem(note.kind, note.url, { file: note.file, line: note.line ?? 1, column: note.column ?? 1 }),
    );
  return built;
}
