import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import { checkRepository } from '../check/check-repository.js';
import { loadMeetingBodies } from '../check/load-meeting-bodies.js';
import { listMarkdownImages } from '../parse/list-markdown-images.js';
import { dedupeDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { computeDeadlines } from '../model/compute-deadlines.js';
import type { Repository } from '../model/model-types.js';
import { findPreviousMeeting, reportMattersArising } from '../model/report-matters-arising.js';
import { walkItems } from '../model/walk-items.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { createTemplateRenderer } from '../render/create-template-renderer.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import type { PdfPaperInfo } from '../render/build-paper-sections.js';
import { readBuildCache, writeBuildCache, hashFiles } from '../write/build-cache.js';
import { BrowserNotFoundError } from '../write/find-browser.js';
import { launchBrowser, type BrowserSession } from '../write/launch-browser.js';
import { BUNDLED_TEMPLATES_DIR, loadTemplates } from '../write/load-templates.js';
import { loadPdfPaper } from '../write/load-pdf-paper.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { buildMinutesPdf } from './build-minutes-pdf.js';
import { buildPackPdf, type BuiltDocument } from './build-pack-pdf.js';
import { describeNotes, describeRefusals, fixedDate } from './describe-notes.js';
import { listDocumentSources, planDocuments, type DocumentPlan } from './plan-documents.js';
import type { PrintContext } from './print-context.js';
import { selectMeetings } from './select-meetings.js';

/** What to build: meetings by name (or all), where, and which copies. */
export interface BuildOptions {
  dir: string;
  meetings: string[];
  all: boolean;
  full: boolean;
  html: boolean;
  out?: string;
  force: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once per document, for a progress line. */
  onDocument?: (line: string) => void;
}

/** The outcome: findings, files written, documents skipped as up to date, names that matched no meeting. */
export interface BuildResult {
  root: string;
  diagnostics: Diagnostic[];
  written: string[];
  upToDate: string[];
  unknown: string[];
}


/** Build agenda packs and minutes as PDF (and HTML) for the chosen meetings, with one Chromium for the run. */
export async function buildMeetings(options: BuildOptions): Promise<BuildResult> {
  const env = options.env ?? process.env;
  const launch = () => launchBrowser({ allowedRoots: [path.resolve(options.dir), BUNDLED_TEMPLATES_DIR], env });
  // Named meetings will be printed: start Chromium while the repository is read (--all may need none).
  let starting: Promise<BrowserSession> | undefined = options.all ? undefined : launch();
  starting?.catch(() => undefined);
  try {
    return await buildWith(options, env, () => (starting ??= launch()));
  } finally {
    if (starting) await starting.then((session) => session.close(), () => undefined);
  }
}

async function buildWith(options: BuildOptions, env: NodeJS.ProcessEnv, session: () => Promise<BrowserSession>): Promise<BuildResult> {
  // Check everything in outline mode; only the documents actually built get the full Markdown parse.
  const checked = await checkRepository(options.dir, { bodies: 'outline' });
  const result: BuildResult = { root: checked.root, diagnostics: checked.diagnostics.filter((d) => d.severity === 'error'), written: [], upToDate: [], unknown: [] };
  const repository = checked.repository;
  if (!repository) return result;
  const selection = selectMeetings(repository.meetings, options.meetings, options.all, checked.root, options.cwd ?? process.cwd());
  result.unknown = selection.unknown;
  const outDir = path.resolve(options.cwd ?? process.cwd(), options.out ?? path.join(checked.root, 'out'));
  const templates = loadTemplatesOrReport(repository, result);
  if (!templates) return result;
  const broken = new Set(result.diagnostics.map((d) => d.file));
  const { documents: cache, measures } = readBuildCache(outDir);
  const context: PrintContext = {
    renderer: createTemplateRenderer(templates.sources),
    session,
    refused: new Set(),
    failed: new Set(),
    measures,
  };
  const plans = selection.meetings.flatMap((m) => planDocuments(m, options.full));
  try {
    for (const [index, plan] of plans.entries()) {
      if (broken.has(plan.meeting.file)) {
        result.diagnostics.push(failure(plan, 'the meeting file has errors (run sbp check)'));
        continue;
      }
      const imagesOf = (file: string) => {
        const source = checked.sources.get(file);
        return source && file.endsWith('.md') ? listMarkdownImages(source.text, file) : [];
      };
      const sources = listDocumentSources(repository, plan, imagesOf).map((f) => path.join(checked.root, f));
      const hash = hashFiles([...sources, ...templates.files], `${readPackageVersion()}\0${plan.fileName}\0${env.SOURCE_DATE_EPOCH ?? ''}`);
      const target = path.join(outDir, plan.fileName);
      if (options.all && !options.force && cache[plan.fileName] === hash && existsSync(target)) {
        result.upToDate.push(target);
        continue;
      }
      const started = Date.now();
      const previous = findPreviousMeeting(repository.meetings, plan.meeting);
      await loadMeetingBodies(checked, previous ? [plan.meeting, previous] : [plan.meeting]);
      const built = await buildDocument(context, repository, plan, env, result.diagnostics).catch((error: Error) => {
        // No browser at all is the run's failure, not a document's: one clear message.
        if (error instanceof BrowserNotFoundError) throw error;
        result.diagnostics.push(failure(plan, error.message.split('\n')[0]));
        return undefined;
      });
      if (!built) continue;
      writeFileAtomic(target, built.pdf);
      if (options.html) writeFileAtomic(target.replace(/\.pdf$/, '.html'), built.html);
      result.written.push(target);
      cache[plan.fileName] = hash;
      options.onDocument?.(`[${index + 1}/${plans.length}] ${plan.fileName} (${built.pages} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    if (result.written.length > 0) writeBuildCache(outDir, cache, measures);
  }
  result.diagnostics.push(...describeRefusals(context));
  result.diagnostics = dedupeDiagnostics(result.diagnostics);
  return result;
}

async function buildDocument(context: PrintContext, repository: Repository, plan: DocumentPlan, env: NodeJS.ProcessEnv, diagnostics: Diagnostic[]): Promise<BuiltDocument> {
  const { meeting } = plan;
  const notes: RenderNote[] = [];
  const body = repository.bodies.get(meeting.bodyId);
  const metadata = {
    author: `${repository.config.council}, ${repository.config.partnership}`,
    subject: `${plan.kind === 'agenda' ? 'Agenda pack' : 'Minutes'} of the meeting of ${body?.name ?? meeting.bodyId} on ${meeting.date}`,
    language: 'en-GB',
    keywords: [repository.config.partnership, meeting.bodyId, meeting.date, plan.kind],
    date: fixedDate(env, plan.kind === 'agenda' ? meeting.dispatched ?? computeDeadlines(meeting.date, repository.config).dispatch : meeting.date),
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
        const loaded = await loadPdfPaper(path.join(repository.root, paper.path));
        pdfPapers.set(paper.path, loaded.ok ? { pageCount: loaded.pageCount, landscape: loaded.landscape } : { reason: loaded.reason });
        if (loaded.ok) pdfDocs.set(paper.path, loaded.doc);
        else diagnostics.push({ code: 'paper-invalid', severity: 'error', file: paper.path, line: 1, column: 1, message: `${paper.path} ${loaded.reason}; the pack shows a notice in its place`, hint: 'Replace the file with a readable, unencrypted PDF.' });
      }
    }
    built = await buildPackPdf(
      context,
      { repository, meeting, previous: findPreviousMeeting(repository.meetings, meeting), members: plan.members, pdfPapers, mattersArising: reportMattersArising(repository, meeting), notes, deadlines: computeDeadlines(meeting.date, repository.config) },
      pdfDocs,
      metadata,
    );
  }
  diagnostics.push(...describeNotes(repository.root, notes));
  return built;
}

function failure(plan: DocumentPlan, why: string): Diagnostic {
  return { code: 'build-failed', severity: 'error', file: plan.meeting.file, line: 1, column: 1, message: `${plan.fileName} was not written: ${why}` };
}

function loadTemplatesOrReport(repository: Repository, result: BuildResult): ReturnType<typeof loadTemplates> | undefined {
  try {
    return loadTemplates(repository.root, repository.config);
  } catch (error) {
    result.diagnostics.push({ code: 'file-unreadable', severity: 'error', file: 'sbp.yaml', line: 1, column: 1, message: `cannot read the templates named in sbp.yaml: ${(error as Error).message}`, hint: 'Check templates.dir and templates.css.' });
    return undefined;
  }
}
