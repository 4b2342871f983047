import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LocateSource } from '../diagnostics/report-at.js';
import { describeNotes } from '../load/describe-image-notes.js';
import { loadPdfPaper } from '../load/load-pdf-paper.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { computeDeadlines } from '../model/compute-deadlines.js';
import type { Repository, SourceRef } from '../model/model-types.js';
import { findPreviousMeeting, reportMattersArising } from '../model/report-matters-arising.js';
import { walkItems } from '../model/walk-items.js';
import type { PdfPaperInfo } from '../render/build-paper-sections.js';
import type { RenderNote } from '../render/render-markdown-html.js';
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
  let built: BuiltDocument;
  if (plan.kind === 'minutes') {
    built = await buildMinutesPdf(context, repository, meeting, { includeExempt: plan.members, notes }, metadata);
  } else {
    const pdfDocs = new Map<string, Uint8Array>();
    const mentions = new Map<string, SourceRef>();
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
  diagnostics.push(...describeNotes(repository.root, notes));
  return built;
}
