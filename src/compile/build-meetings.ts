import path from 'node:path';
import type { AccessibilityReport } from '../audit/check-accessibility.js';
import type { ExpectedBookmark } from '../audit/check-outline.js';
import { type Diagnostic, dedupeDiagnostics } from '../diagnostics/diagnostic.js';
import { BUNDLED_TEMPLATES_DIR, loadTemplates } from '../load/load-templates.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { statPath } from '../load/stat-path.js';
import type { Repository } from '../model/model-types.js';
import { findPreviousMeeting } from '../model/report-matters-arising.js';
import { listMarkdownImages } from '../parse/list-markdown-images.js';
import { checkRepository } from '../pipeline/check-repository.js';
import { loadMeetingBodies } from '../pipeline/load-meeting-bodies.js';
import { createTemplateRenderer } from '../render/create-template-renderer.js';
import { hashFiles, readBuildCache, writeBuildCache } from '../write/build-cache.js';
import { type CachedDocument, openDocumentCache } from '../write/document-cache.js';
import { ensureDirectory } from '../write/ensure-directory.js';
import { BrowserNotFoundError } from '../write/find-browser.js';
import { type BrowserSession, launchBrowser } from '../write/launch-browser.js';
import { openPrintCache } from '../write/print-cache.js';
import { writeFileAtomic } from '../write/write-file-atomic.js';
import { buildDocument } from './build-document.js';
import { describeRefusals } from './describe-refusals.js';
import { type DocumentPlan, listDocumentSources, planDocuments } from './plan-documents.js';
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
  /** Run the PDF/UA-1 machine checks on every PDF written (`sbp build --check-accessibility`). */
  checkAccessibility?: boolean;
}

/** The outcome: findings, files written, documents skipped as up to date, names that matched no meeting. */
export interface BuildResult {
  root: string;
  diagnostics: Diagnostic[];
  written: string[];
  upToDate: string[];
  unknown: string[];
  /** With `checkAccessibility`: the report of each PDF written. */
  accessibility: { file: string; report: AccessibilityReport }[];
}

/** Build agenda packs and minutes as PDF (and HTML) for the chosen meetings, with one Chromium for the run. */
export async function buildMeetings(options: BuildOptions): Promise<BuildResult> {
  const env = options.env ?? process.env;
  let starting: Promise<BrowserSession> | undefined;
  const session = () => {
    starting ??= launchBrowser({ allowedRoots: [path.resolve(options.dir), BUNDLED_TEMPLATES_DIR], env });
    starting.catch(() => undefined);
    return starting;
  };
  // Named meetings are printed unless built before: start Chromium while the repository is read.
  if (!options.all) void session();
  try {
    return await buildWith(options, env, session);
  } finally {
    if (starting)
      await starting.then(
        (browser) => browser.close(),
        () => undefined,
      );
  }
}

/** What a document's build gave besides its PDF: kept in the document cache with it. */
interface DocumentRecord {
  pages: number;
  html: string;
  diagnostics: Diagnostic[];
  refused: string[];
  bookmarks: ExpectedBookmark[];
}

async function buildWith(
  options: BuildOptions,
  env: NodeJS.ProcessEnv,
  session: () => Promise<BrowserSession>,
): Promise<BuildResult> {
  // Check everything in outline mode; only the documents actually built get the full Markdown parse.
  const checked = await checkRepository(options.dir, { bodies: 'outline' });
  const result: BuildResult = {
    root: checked.root,
    diagnostics: checked.diagnostics.filter((d) => d.severity === 'error'),
    written: [],
    upToDate: [],
    unknown: [],
    accessibility: [],
  };
  const repository = checked.repository;
  if (!repository) return result;
  const selection = selectMeetings(
    repository.meetings,
    options.meetings,
    options.all,
    checked.root,
    options.cwd ?? process.cwd(),
  );
  result.unknown = selection.unknown;
  const outDir = path.resolve(options.cwd ?? process.cwd(), options.out ?? path.join(checked.root, 'out'));
  const templates = loadTemplatesOrReport(repository, result);
  if (!templates) return result;
  const broken = new Set(result.diagnostics.map((d) => d.file));
  // An output folder that cannot be made is the run's failure, said once, before anything is printed.
  const unusable = ensureDirectory(outDir);
  if (unusable) {
    result.diagnostics.push({
      code: 'build-failed',
      severity: 'error',
      file: path.relative(checked.root, outDir) || '.',
      line: 0,
      column: 0,
      message: `the output folder cannot be used: ${unusable}`,
      hint: 'Give --out a folder you can write to.',
    });
    return result;
  }
  const cache = readBuildCache(outDir);
  // --force builds everything afresh (and keeps what it built).
  const documents = openDocumentCache<DocumentRecord>(env, { read: !options.force });
  const imagesOf = (file: string) => {
    const source = checked.sources.get(file);
    return source && file.endsWith('.md') ? listMarkdownImages(source.text, file) : [];
  };
  const jobs = selection.meetings
    .flatMap((m) => planDocuments(m, options.full))
    .map((plan) => {
      const sources = listDocumentSources(repository, plan, imagesOf).map((f) => path.join(checked.root, f));
      const hash = hashFiles(
        [...sources, ...templates.files],
        `${readPackageVersion()}\0${plan.fileName}\0${env.SOURCE_DATE_EPOCH ?? ''}`,
      );
      const target = path.join(outDir, plan.fileName);
      const upToDate = options.all && !options.force && cache[plan.fileName] === hash && statPath(target) === 'file';
      return { plan, hash, target, upToDate, cached: upToDate ? undefined : documents?.get(hash) };
    });
  // Chromium starts while the Markdown of the first document is parsed, and only when something is printed.
  if (jobs.some((j) => !j.upToDate && !j.cached && !broken.has(j.plan.meeting.file))) void session();
  let context: PrintContext | undefined;
  const refusedUrls = new Set<string>();
  try {
    for (const [index, { plan, hash, target, upToDate, cached }] of jobs.entries()) {
      if (broken.has(plan.meeting.file)) {
        result.diagnostics.push(failure(plan, 'the meeting file has errors (run sbp check)'));
        continue;
      }
      if (upToDate) {
        result.upToDate.push(target);
        continue;
      }
      const started = Date.now();
      let built = cached;
      if (!built) {
        context ??= {
          renderer: createTemplateRenderer(templates.sources),
          session,
          refused: new Set(),
          failed: new Set(),
          pdfPapers: new Map(),
          cache: openPrintCache(env, { read: !options.force }),
        };
        const outcome = await buildAndRecord(context, checked, plan, env);
        if ('failure' in outcome) {
          result.diagnostics.push(...outcome.diagnostics, failure(plan, outcome.failure));
          continue;
        }
        built = outcome;
        documents?.put(hash, built);
      }
      result.diagnostics.push(...built.meta.diagnostics);
      for (const url of built.meta.refused) refusedUrls.add(url);
      try {
        writeFileAtomic(target, built.pdf);
        if (options.html) writeFileAtomic(target.replace(/\.pdf$/, '.html'), built.meta.html);
      } catch (error) {
        // A full disk or a read-only folder: this document is not written, the last good one stays.
        result.diagnostics.push(failure(plan, `cannot write it: ${(error as Error).message}`));
        continue;
      }
      result.written.push(target);
      cache[plan.fileName] = hash;
      if (options.checkAccessibility) {
        const { checkAccessibility } = await import('../audit/check-accessibility.js');
        result.accessibility.push({ file: target, report: await checkAccessibility(built.pdf, built.meta) });
      }
      options.onDocument?.(
        `[${index + 1}/${jobs.length}] ${plan.fileName} (${built.meta.pages} pages, ${((Date.now() - started) / 1000).toFixed(1)} s${cached ? ', as built before' : ''})`,
      );
    }
  } finally {
    if (result.written.length > 0) writeBuildCache(outDir, cache);
  }
  result.diagnostics.push(...describeRefusals(refusedUrls));
  result.diagnostics = dedupeDiagnostics(result.diagnostics);
  return result;
}

/** Build one document, keeping what it reported (findings, refused requests) with it for the document cache. */
async function buildAndRecord(
  context: PrintContext,
  checked: Awaited<ReturnType<typeof checkRepository>>,
  plan: DocumentPlan,
  env: NodeJS.ProcessEnv,
): Promise<CachedDocument<DocumentRecord> | { failure: string; diagnostics: Diagnostic[] }> {
  const repository = checked.repository as Repository;
  const previous = findPreviousMeeting(repository.meetings, plan.meeting);
  await loadMeetingBodies(checked, previous ? [plan.meeting, previous] : [plan.meeting]);
  const diagnostics: Diagnostic[] = [];
  const refusedBefore = new Set(context.refused);
  try {
    const built = await buildDocument(context, repository, plan, env, diagnostics, checked.locate);
    const refused = [...context.refused].filter((url) => !refusedBefore.has(url));
    return {
      pdf: built.pdf,
      meta: { pages: built.pages, html: built.html, diagnostics, refused, bookmarks: built.bookmarks },
    };
  } catch (error) {
    // No browser at all is the run's failure, not a document's: one clear message.
    if (error instanceof BrowserNotFoundError) throw error;
    return { failure: (error as Error).message.split('\n')[0], diagnostics };
  }
}

function failure(plan: DocumentPlan, why: string): Diagnostic {
  return {
    code: 'build-failed',
    severity: 'error',
    file: plan.meeting.file,
    line: 1,
    column: 1,
    message: `${plan.fileName} was not written: ${why}`,
  };
}

function loadTemplatesOrReport(
  repository: Repository,
  result: BuildResult,
): ReturnType<typeof loadTemplates> | undefined {
  try {
    return loadTemplates(repository.root, repository.config);
  } catch (error) {
    result.diagnostics.push({
      code: 'file-unreadable',
      severity: 'error',
      file: 'sbp.yaml',
      line: 1,
      column: 1,
      message: `cannot read the templates named in sbp.yaml: ${(error as Error).message}`,
      hint: 'Check templates.dir and templates.css.',
    });
    return undefined;
  }
}
