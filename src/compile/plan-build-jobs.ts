import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadTemplates } from '../load/load-templates.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { resolveRepositoryPath } from '../load/resolve-repository-path.js';
import { statPath } from '../load/stat-path.js';
import type { Meeting, Repository } from '../model/model-types.js';
import type { CheckResult } from '../pipeline/check-repository.js';
import { type BuildCache, hashFiles } from '../write/build-cache.js';
import type { CachedDocument, DocumentCache } from '../write/document-cache.js';
import { ensureDirectory } from '../write/ensure-directory.js';
import type { DocumentRecord } from './build-and-record.js';
import { type DocumentPlan, listDocumentSources, planDocuments } from './plan-documents.js';
import { type Shard, selectShard } from './select-shard.js';

/** One document to make: its plan, the hash of its sources, where it goes, and whether it is already made. */
export interface BuildJob {
  plan: DocumentPlan;
  hash: string;
  target: string;
  /** With --all: the file is there and its sources have not changed since it was written. */
  upToDate: boolean;
  /** The same document from the document cache, when its sources were built before. */
  cached?: CachedDocument<DocumentRecord>;
}

/** The documents of the chosen meetings (of one shard), each with the hash of everything it is built from. */
export function planBuildJobs(
  checked: CheckResult,
  repository: Repository,
  meetings: readonly Meeting[],
  options: {
    full: boolean;
    all: boolean;
    force: boolean;
    shard?: Shard;
    env: NodeJS.ProcessEnv;
    outDir: string;
    templates: { files: string[] };
    cache: BuildCache;
    documents?: DocumentCache<DocumentRecord>;
  },
): BuildJob[] {
  const imagesOf = (file: string) => [...(repository.images.byFile.get(file) ?? [])];
  const plans = selectShard(
    meetings.flatMap((m) => planDocuments(m, options.full)),
    options.shard,
  );
  return plans.map((plan) => {
    // Hashed through the path guard: a link out of the repository is never read, even to hash it.
    const sources = listDocumentSources(repository, plan, imagesOf).flatMap((f) => {
      const resolved = resolveRepositoryPath(checked.root, f);
      return resolved.ok ? [resolved.abs] : resolved.reason === 'missing' ? [path.join(checked.root, f)] : [];
    });
    const hash = hashFiles(
      [...sources, ...options.templates.files],
      `${readPackageVersion()}\0${plan.fileName}\0${options.env.SOURCE_DATE_EPOCH ?? ''}`,
    );
    const target = path.join(options.outDir, plan.fileName);
    const upToDate =
      options.all && !options.force && options.cache[plan.fileName] === hash && statPath(target) === 'file';
    return { plan, hash, target, upToDate, cached: upToDate ? undefined : options.documents?.get(hash) };
  });
}

/** The templates named in sbp.yaml, or a finding saying why they cannot be read. */
export function loadTemplatesOrReport(
  repository: Repository,
  result: { diagnostics: Diagnostic[] },
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

/** The finding that the output folder cannot be made or used, or undefined when it can. */
export function checkOutputFolder(outDir: string, root: string): Diagnostic | undefined {
  const unusable = ensureDirectory(outDir);
  if (!unusable) return undefined;
  return {
    code: 'build-failed',
    severity: 'error',
    file: path.relative(root, outDir) || '.',
    line: 0,
    column: 0,
    message: `the output folder cannot be used: ${unusable}`,
    hint: 'Give --out a folder you can write to.',
  };
}
