import path from 'node:path';
import type { AccessibilityReport } from '../audit/check-accessibility.js';
import { type Diagnostic, dedupeDiagnostics } from '../diagnostics/diagnostic.js';
import { BUNDLED_TEMPLATES_DIR } from '../load/load-templates.js';
import type { Repository } from '../model/model-types.js';
import { checkRepository } from '../pipeline/check-repository.js';
import { readBuildCache, writeBuildCache } from '../write/build-cache.js';
import { openDocumentCache } from '../write/document-cache.js';
import { type BrowserSession, launchBrowser } from '../write/launch-browser.js';
import { openPrintCache } from '../write/print-cache.js';
import { buildAndRecord, createPrintContext, type DocumentRecord, writeDocument } from './build-and-record.js';
import { describeBuildFailure } from './describe-build-failure.js';
import { describeRefusals } from './describe-refusals.js';
import { checkOutputFolder, loadTemplatesOrReport, planBuildJobs } from './plan-build-jobs.js';
import type { PrintContext } from './print-context.js';
import { selectMeetings } from './select-meetings.js';
import type { Shard } from './select-shard.js';

/** What to build: meetings by name (or all), where, and which copies. */
export interface BuildOptions {
  dir: string;
  meetings: string[];
  all: boolean;
  full: boolean;
  html: boolean;
  out?: string;
  force: boolean;
  /** Use the parse cache in the repository's .sbp-cache/ (default: yes, unless SBP_NO_CACHE=1). */
  cache?: boolean;
  /** Build only this part of the documents (for a rebuild spread over a job matrix). */
  shard?: Shard;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once per document, for a progress line. */
  onDocument?: (line: string) => void;
  /** Run the PDF/UA-1 machine checks on every PDF written (`sbp build --check-accessibility`). */
  checkAccessibility?: boolean;
  /** Only the selected meetings this accepts are built (sbp site: published agendas only). */
  accept?: (meeting: Repository['meetings'][number]) => boolean;
}

/** The outcome: findings, files written, documents skipped as up to date, names that matched no meeting (then nothing is built). */
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
  // SBP_PRINT_TIMEOUT: seconds Chromium may take to print one document (default 60; starting it is not counted).
  const seconds = Number(env.SBP_PRINT_TIMEOUT);
  let starting: Promise<BrowserSession> | undefined;
  const session = () => {
    starting ??= launchBrowser({ allowedRoots: [path.resolve(options.dir), BUNDLED_TEMPLATES_DIR], env }).then(
      (launched) => (Number.isFinite(seconds) && seconds > 0 ? { ...launched, timeoutMs: seconds * 1000 } : launched),
    );
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

async function buildWith(
  options: BuildOptions,
  env: NodeJS.ProcessEnv,
  session: () => Promise<BrowserSession>,
): Promise<BuildResult> {
  // One parse per Markdown file: the trees checked are the trees rendered.
  const checked = await checkRepository(options.dir, { cache: options.cache, env });
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
  // A name that matches no meeting is a mistake on the command line: say it before printing anything.
  if (result.unknown.length > 0) return result;
  const outDir = path.resolve(options.cwd ?? process.cwd(), options.out ?? path.join(checked.root, 'out'));
  const templates = loadTemplatesOrReport(repository, result);
  if (!templates) return result;
  const broken = new Set(result.diagnostics.map((d) => d.file));
  // An output folder that cannot be made is the run's failure, said once, before anything is printed.
  const unusable = checkOutputFolder(outDir, checked.root);
  if (unusable) {
    result.diagnostics.push(unusable);
    return result;
  }
  const cache = readBuildCache(outDir);
  // --force builds everything afresh (and keeps what it built).
  const documents = openDocumentCache<DocumentRecord>(env, { read: !options.force });
  const chosen = options.accept ? selection.meetings.filter(options.accept) : selection.meetings;
  const jobs = planBuildJobs(checked, repository, chosen, {
    ...options,
    env,
    outDir,
    templates,
    cache,
    documents,
  });
  // Chromium starts while the Markdown of the first document is parsed, and only when something is printed.
  if (jobs.some((j) => !j.upToDate && !j.cached && !broken.has(j.plan.meeting.file))) void session();
  let context: PrintContext | undefined;
  const refusedUrls = new Set<string>();
  try {
    for (const [index, { plan, hash, target, upToDate, cached }] of jobs.entries()) {
      if (broken.has(plan.meeting.file)) {
        result.diagnostics.push(describeBuildFailure(plan, 'the meeting file has errors (run sbp check)'));
        continue;
      }
      if (upToDate) {
        result.upToDate.push(target);
        continue;
      }
      const started = Date.now();
      let built = cached;
      if (!built) {
        // --force prints everything afresh (and keeps the new prints).
        context ??= createPrintContext(templates.sources, session, openPrintCache(env, { read: !options.force }));
        const outcome = await buildAndRecord(context, checked, plan, env);
        if ('failed' in outcome) {
          result.diagnostics.push(...outcome.failed);
          continue;
        }
        built = outcome;
        documents?.put(hash, built);
      }
      result.diagnostics.push(...built.meta.diagnostics);
      for (const url of built.meta.refused) refusedUrls.add(url);
      const unwritten = writeDocument(target, built, options.html);
      if (unwritten) {
        result.diagnostics.push(describeBuildFailure(plan, unwritten));
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
