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
import type { BodyMode } from '../parse/parse-markdown-file.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { checkExemptPapers } from '../validate/check-exempt-papers.js';
import { checkMeetingDates } from '../validate/check-meeting-dates.js';
import { checkPreviousMeetings } from '../validate/check-previous-meetings.js';
import { checkStaleActions } from '../validate/check-stale-actions.js';
import { MeetingSchema } from '../validate/schemas/meeting-schema.js';
import { PaperSchema } from '../validate/schemas/paper-schema.js';
import type { CheckState } from './check-state.js';
import { collectPaperMentions } from './collect-paper-mentions.js';
import { createLocator } from './create-locator.js';
import { dropFollowOnDiagnostics } from './drop-follow-on-diagnostics.js';
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
  /**
   * 'tree' parses every Markdown body with remark into the model (needed to render minutes and papers);
   * 'outline' reads only the structure the checks need, which is much faster on long minutes.
   */
  bodies?: BodyMode;
}

/** Load, parse, validate and model a meetings repository, collecting every diagnostic. */
export async function checkRepository(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  // The unified parser is loaded only when bodies are to be rendered: it is the slowest part of start-up.
  const splitTree =
    (options.bodies ?? 'tree') === 'tree'
      ? (await import('../parse/parse-markdown-tree.js')).splitMarkdownTree
      : undefined;
  const root = path.resolve(dir);
  if (statPath(root) !== 'directory') throw new RepositoryNotFoundError(`${dir} is not a folder`);
  const sources = new Map<string, SourceFile>();
  const yamlSources = new Map<string, YamlSource>();
  const locate = createLocator(sources, yamlSources);
  const reporter = createReporter(locate);
  const diagnostics = reporter.diagnostics;
  const state: CheckState = { sources, yamlSources, diagnostics, replacedLines: new Set() };

  const { config, roster, bodies } = await readConfigFiles(root, state);
  const meetingFiles = await listMeetingFiles(root, bodies, reporter);
  const meetings = (
    await mapLimited(meetingFiles, 16, (file) => readMarkdownSource(root, file, MeetingSchema, state, splitTree))
  )
    .filter((m): m is NonNullable<typeof m> => m !== undefined)
    .map(({ file, value, blocks, repaired }): MeetingSource => ({ file, front: value, blocks, repaired }));

  const paperFiles = await readPaperRefs(root, collectPaperMentions(meetings), reporter);
  const papers = new Map<string, Paper>();
  for (const file of paperFiles) {
    const parsed = validateMarkdownSource(file, PaperSchema, state, splitTree);
    if (parsed) papers.set(file.path, { path: file.path, frontMatter: parsed.value, body: parsed.body });
  }

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
  const findings = dropFollowOnDiagnostics(dedupeDiagnostics(diagnostics), state.replacedLines);
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
