import path from 'node:path';
import { type AccessibilityReport, checkAccessibility } from '../audit/check-accessibility.js';
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
  const launch = () => launchBrowser({ allowedRoots: [path.resolve(options.dir), BUNDLED_TEMPLATES_DIR], env });
  // Named meetings will be printed: start Chromium while the repository is read (--all may need none).
  let starting: Promise<BrowserSession> | undefined = options.all ? undefined : launch();
  starting?.catch(() => undefined);
  try {
    return await buildWith(options, env, () => (starting ??= launch()));
  } finally {
    if (starting)
      await starting.then(
        (session) => session.close(),
        () => undefined,
      );
  }
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
  const context: PrintContext = {
    renderer: createTemplateRenderer(templates.sources),
    session,
    refused: new Set(),
    failed: new Set(),
    pdfPapers: new Map(),
    // --force prints everything afresh (and keeps the new prints).
    cache: openPrintCache(env, { read: !options.force }),
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
      const hash = hashFiles(
        [...sources, ...templates.files],
        `${readPackageVersion()}\0${plan.fileName}\0${env.SOURCE_DATE_EPOCH ?? ''}`,
      );
      const target = path.join(outDir, plan.fileName);
      if (options.all && !options.force && cache[plan.fileName] === hash && statPath(target) === 'file') {
        result.upToDate.push(target);
        continue;
      }
      const started = Date.now();
      const previous = findPreviousMeeting(repository.meetings, plan.meeting);
      await loadMeetingBodies(checked, previous ? [plan.meeting, previous] : [plan.meeting]);
      const built = await buildDocument(context, repository, plan, env, result.diagnostics, checked.locate).catch(
        (error: Error) => {
          // No browser at all is the run's failure, not a document's: one clear message.
          if (error instanceof BrowserNotFoundError) throw error;
          result.diagnostics.push(failure(plan, error.message.split('\n')[0]));
          return undefined;
        },
      );
      if (!built) continue;
      try {
        writeFileAtomic(target, built.pdf);
        if (options.html) writeFileAtomic(target.replace(/\.pdf$/, '.html'), built.html);
      } catch (error) {
        // A full disk or a read-only folder: this document is not written, the last good one stays.
        result.diagnostics.push(failure(plan, `cannot write it: ${(error as Error).message}`));
        continue;
      }
      result.written.push(target);
      cache[plan.fileName] = hash;
      if (options.checkAccessibility)
        result.accessibility.push({
          file: target,
          report: await checkAccessibility(built.pdf, { bookmarks: built.bookmarks }),
        });
      options.onDocument?.(
        `[${index + 1}/${plans.length}] ${plan.fileName} (${built.pages} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  } finally {
    if (result.written.length > 0) writeBuildCache(outDir, cache);
  }
  result.diagnostics.push(...describeRefusals(context));
  result.diagnostics = dedupeDiagnostics(result.diagnostics);
  return result;
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
