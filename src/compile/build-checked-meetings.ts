import path from 'node:path';
import { dedupeDiagnostics } from '../diagnostics/diagnostic.js';
import { checkRepository } from '../pipeline/check-repository.js';
import { readBuildCache, writeBuildCache } from '../write/build-cache.js';
import { openDocumentCache } from '../write/document-cache.js';
import { openPrintCache } from '../write/print-cache.js';
import type { PrintSession } from '../write/print-session.js';
import { buildAndRecord, createPrintContext, type DocumentRecord, writeDocument } from './build-and-record.js';
import type { BuildOptions, BuildResult } from './build-options.js';
import { describeBuildFailure } from './describe-build-failure.js';
import { describeRefusals } from './describe-refusals.js';
import { type BuildJob, checkOutputFolder, loadTemplatesOrReport, planBuildJobs } from './plan-build-jobs.js';
import type { PrintContext } from './print-context.js';
import { selectMeetings } from './select-meetings.js';

/** Documents in hand at once (rendering, printing or being assembled): measured fastest on two cores. */
const IN_HAND = 3;

/** Check the repository, then build the chosen meetings' documents in `session`'s Chromium (started on first use). */
export async function buildCheckedMeetings(
  options: BuildOptions,
  env: NodeJS.ProcessEnv,
  session: () => Promise<PrintSession>,
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
  const prints = (job: BuildJob) => !job.upToDate && !job.cached && !broken.has(job.plan.meeting.file);
  const toPrint = jobs.filter(prints).length;
  // Under --all, Chromium starts here, and only when something is printed.
  if (toPrint > 0) void session();
  let context: PrintContext | undefined;
  const refusedUrls = new Set<string>();
  // A job's document: built before (cached), or built now; undefined when there is nothing to build.
  const produce = async (job: BuildJob) => {
    if (!prints(job)) return job.cached;
    // --force prints everything afresh (and keeps the new prints).
    context ??= createPrintContext(templates.sources, session, openPrintCache(env, { read: !options.force }), toPrint);
    const outcome = await buildAndRecord(context, checked, job.plan, env);
    if (!('failed' in outcome)) documents?.put(job.hash, outcome);
    return outcome;
  };
  // Three documents in hand at once: the next ones render and print while the one before is assembled and written.
  const runs: { startedAt: number; outcome: ReturnType<typeof produce> }[] = [];
  const start = (index: number) => {
    if (index >= jobs.length || runs[index]) return;
    runs[index] = { startedAt: Date.now(), outcome: produce(jobs[index]) };
    // A run that stops at an earlier document's failure never awaits this one.
    runs[index].outcome.catch(() => undefined);
  };
  try {
    for (const [index, { plan, hash, target, upToDate, cached }] of jobs.entries()) {
      for (let ahead = 0; ahead < IN_HAND; ahead++) start(index + ahead);
      const outcome = await runs[index].outcome;
      if (broken.has(plan.meeting.file)) {
        result.diagnostics.push(describeBuildFailure(plan, 'the meeting file has errors (run sbp check)'));
        continue;
      }
      if (upToDate) {
        result.upToDate.push(target);
        continue;
      }
      if (!outcome) continue;
      if ('failed' in outcome) {
        result.diagnostics.push(...outcome.failed);
        continue;
      }
      const built = outcome;
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
        `[${index + 1}/${jobs.length}] ${plan.fileName} (${built.meta.pages} pages, ${((Date.now() - runs[index].startedAt) / 1000).toFixed(1)} s${cached ? ', as built before' : ''})`,
      );
    }
  } finally {
    if (result.written.length > 0) writeBuildCache(outDir, cache);
  }
  result.diagnostics.push(...describeRefusals(refusedUrls));
  result.diagnostics = dedupeDiagnostics(result.diagnostics);
  return result;
}
