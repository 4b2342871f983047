import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dedupeDiagnostics, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { createReporter, type LocateSource, type Reporter } from '../diagnostics/report-at.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import { checkTemplatePaths } from '../load/check-template-paths.js';
import { listMeetingFiles } from '../load/list-meeting-files.js';
import { mapLimited } from '../load/map-limited.js';
import { readPaperRefs } from '../load/read-paper-refs.js';
import { statPath } from '../load/stat-path.js';
import { buildModel, type MeetingSource } from '../model/build-model.js';
import type { Paper, Repository } from '../model/model-types.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { checkExemptPapers } from '../validate/check-exempt-papers.js';
import type { ImageUse } from '../validate/check-markdown-tree.js';
import { checkMeetingDates } from '../validate/check-meeting-dates.js';
import { checkPreviousMeetings } from '../validate/check-previous-meetings.js';
import { checkStaleActions } from '../validate/check-stale-actions.js';
import { MeetingSchema } from '../validate/schemas/meeting-schema.js';
import { PaperSchema } from '../validate/schemas/paper-schema.js';
import { checkMarkdownImages } from './check-markdown-images.js';
import type { CheckState } from './check-state.js';
import { collectPaperMentions } from './collect-paper-mentions.js';
import { createLocator } from './create-locator.js';
import { createTreeSource, isCacheDisabled } from './create-tree-source.js';
import { dropFollowOnDiagnostics, dropUnreadFollowOns } from './drop-follow-on-diagnostics.js';
import { parseDescriptions } from './parse-descriptions.js';
import { readConfigFiles } from './read-config-files.js';
import { readMarkdownSource, validateMarkdownSource } from './read-markdown-source.js';

/** The outcome of checking a repository: the model (when config and roster were usable) and every finding. */
export interface CheckResult {
  root: string;
  repository?: Repository;
  diagnostics: Diagnostic[];
  /** Every text file read, by repository path (for code frames). */
  sources: Map<string, SourceFile>;
  /** Where a model object's SourceRef points in its file (for findings made after the check, e.g. by sbp build). */
  locate: LocateSource;
}

/** A folder that is not a meetings repository at all: a usage mistake, not a finding. */
export class RepositoryNotFoundError extends Error {}

/** Options for checkRepository. */
export interface CheckOptions {
  /** Use the parse cache in `<dir>/.sbp-cache/` (default: yes, unless SBP_NO_CACHE=1 in `env`). */
  cache?: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * Load, parse, validate and model a meetings repository, collecting every diagnostic. Every Markdown file
 * is parsed once, into the one tree that the checks judge and that build renders.
 */
export async function checkRepository(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const root = path.resolve(dir);
  if (statPath(root) !== 'directory') throw new RepositoryNotFoundError(`${dir} is not a folder`);
  const sources = new Map<string, SourceFile>();
  const yamlSources = new Map<string, YamlSource>();
  const locate = createLocator(sources, yamlSources);
  const reporter = createReporter(locate);
  const diagnostics = reporter.diagnostics;
  const state: CheckState = {
    sources,
    yamlSources,
    diagnostics,
    images: new Map<string, ImageUse[]>(),
    replacedLines: new Set(),
  };
  const env = options.env ?? process.env;
  const trees = createTreeSource(root, options.cache ?? !isCacheDisabled(env), env);

  const { config, roster, bodies } = await readConfigFiles(root, state);
  const meetingFiles = await listMeetingFiles(root, bodies, reporter);
  const meetings = (
    await mapLimited(meetingFiles, 16, async (file): Promise<MeetingSource | undefined> => {
      const read = await readMarkdownSource(root, file, MeetingSchema, state, trees);
      if (!read) return undefined;
      const descriptions = await parseDescriptions(read.file, read.value, state, trees);
      return { file: read.file, front: read.value, body: read.body, descriptions, repaired: read.repaired };
    })
  ).filter((m): m is MeetingSource => m !== undefined);

  const paperFiles = await readPaperRefs(root, collectPaperMentions(meetings), reporter);
  const papers = new Map<string, Paper>();
  const paperTrees = await mapLimited(paperFiles, 16, (file) => trees.treeOf(file.text));
  paperFiles.forEach((file, i) => {
    const parsed = validateMarkdownSource(file, PaperSchema, state, paperTrees[i]);
    if (parsed) papers.set(file.path, { path: file.path, frontMatter: parsed.value, body: parsed.body });
  });
  trees.finish();
  const images = checkMarkdownImages(root, state.images!);
  for (const d of images.diagnostics) diagnostics.push(d);

  let repository: Repository | undefined;
  if (config && roster) {
    repository = guard(reporter, config.file, () =>
      buildModel(
        {
          root,
          config: config.value,
          configFile: config.file,
          roster: roster.value,
          rosterFile: roster.file,
          meetings,
          papers,
          images: images.index,
        },
        reporter,
      ),
    );
    if (repository) {
      const fronts = new Map(meetings.map((m) => [m.file, m.front]));
      for (const meeting of repository.meetings) checkMeetingDates(meeting, fronts.get(meeting.file)!, reporter);
      checkExemptPapers(repository, reporter);
      checkPreviousMeetings(repository.meetings, fronts, reporter);
      checkStaleActions(repository, reporter);
    }
  }
  if (config) checkTemplatePaths(root, config.value, config.file, reporter);
  const read = new Set(meetings.map((m) => m.file));
  const unread = meetingFiles.filter((f) => !read.has(f));
  const findings = dropUnreadFollowOns(
    dropFollowOnDiagnostics(dedupeDiagnostics(diagnostics), state.replacedLines),
    unread,
  );
  return { root, repository, diagnostics: sortDiagnostics(findings), sources, locate };
}

/** An internal fault while modelling becomes one diagnostic, so the user still sees everything else. */
function guard<T>(reporter: Reporter, file: string, task: () => T): T | undefined {
  try {
    return task();
  } catch (error) {
    reporter.diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      file,
      line: 1,
      column: 1,
      message: `internal error while building the model: ${(error as Error).message}`,
      hint: 'This is a bug in sbp: please report it with this file.',
    });
    return undefined;
  }
}
