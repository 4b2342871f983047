import type { Root } from 'mdast';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { createReporter } from '../../src/diagnostics/report-at.js';
import type { SourceFile } from '../../src/diagnostics/source-file.js';
import { decodeText } from '../../src/load/read-text-file.js';
import { buildModel, type MeetingSource } from '../../src/model/build-model.js';
import type { Paper } from '../../src/model/model-types.js';
import { parseMarkdownTree } from '../../src/parse/parse-markdown-tree.js';
import { parseYamlSource, type YamlSource } from '../../src/parse/parse-yaml-source.js';
import { createLocator } from '../../src/pipeline/create-locator.js';
import { validateMarkdownSource } from '../../src/pipeline/read-markdown-source.js';
import { checkExemptPapers } from '../../src/validate/check-exempt-papers.js';
import { type Config, ConfigSchema } from '../../src/validate/schemas/config-schema.js';
import { MeetingSchema } from '../../src/validate/schemas/meeting-schema.js';
import { PaperSchema } from '../../src/validate/schemas/paper-schema.js';
import { type Roster, RosterSchema } from '../../src/validate/schemas/roster-schema.js';
import { validateYaml } from '../../src/validate/validate-yaml.js';

/** One file's outcome through load, parse and validate, kept so unchanged files are not parsed again. */
interface StagedFile {
  source?: SourceFile;
  yaml?: YamlSource;
  value?: unknown;
  body?: Root;
  diagnostics: Diagnostic[];
}

/**
 * The stages of `sbp check` run in memory over a repository held as bytes: each file is decoded,
 * parsed and validated, then the whole is modelled. Files not in `changed` reuse the parse of `base`,
 * so thousands of single-file mutations stay fast; inputs are frozen, so a stage that mutated them would throw.
 * Every Markdown file is parsed into its one tree with `parse` (the real parser unless given).
 */
export function createMemoryChecker(
  files: ReadonlyMap<string, Uint8Array>,
  parse: (text: string) => Root = parseMarkdownTree,
) {
  const stageFile = (path: string, bytes: Uint8Array) => stageFileWith(path, bytes, parse);
  const base = new Map([...files].map(([path, bytes]) => [path, deepFreeze(stageFile(path, bytes))]));
  return function checkWith(changed: ReadonlyMap<string, Uint8Array>): Diagnostic[] {
    const staged = new Map(base);
    for (const [path, bytes] of changed) staged.set(path, stageFile(path, bytes));
    const sources = new Map<string, SourceFile>();
    const yamlSources = new Map<string, YamlSource>();
    const reporter = createReporter(createLocator(sources, yamlSources));
    for (const [path, file] of staged) {
      if (file.source) sources.set(path, file.source);
      if (file.yaml) yamlSources.set(path, file.yaml);
      // Not push(...list): a file with 100 000 faults would overflow the stack.
      for (const d of file.diagnostics) reporter.diagnostics.push(d);
    }
    const config = staged.get('sbp.yaml')?.value as Config | undefined;
    const roster = staged.get('roster.yaml')?.value as Roster | undefined;
    const meetings: MeetingSource[] = [];
    const papers = new Map<string, Paper>();
    for (const [path, file] of staged) {
      if (file.value === undefined || !file.body) continue;
      if (isPaper(path)) papers.set(path, { path, frontMatter: file.value as Paper['frontMatter'], body: file.body });
      else meetings.push({ file: path, front: file.value as MeetingSource['front'], body: file.body });
    }
    if (config && roster) {
      const repository = buildModel(
        { root: '/memory', config, configFile: 'sbp.yaml', roster, rosterFile: 'roster.yaml', meetings, papers },
        reporter,
      );
      checkExemptPapers(repository, reporter);
    }
    return reporter.diagnostics;
  };
}

function isPaper(path: string): boolean {
  return path.startsWith('papers/');
}

function stageFileWith(path: string, bytes: Uint8Array, parse: (text: string) => Root): StagedFile {
  const decoded = decodeText(path, `/memory/${path}`, bytes);
  if (!decoded.file) return { diagnostics: decoded.diagnostics };
  const source = decoded.file;
  const diagnostics: Diagnostic[] = [];
  if (path.endsWith('.yaml')) {
    // As read-config-files does: an empty file is reported, not parsed.
    if (source.text.trim() === '')
      return {
        source,
        diagnostics: [
          { code: 'file-empty', severity: 'error', file: path, line: 1, column: 1, message: `${path} is empty` },
        ],
      };
    const parsed = parseYamlSource(source, source.text);
    const checked = validateYaml(parsed.yaml, path === 'sbp.yaml' ? ConfigSchema : RosterSchema);
    return {
      source,
      yaml: parsed.yaml,
      value: checked.value,
      diagnostics: [...parsed.diagnostics, ...checked.diagnostics],
    };
  }
  const sources = new Map<string, SourceFile>();
  const yamlSources = new Map<string, YamlSource>();
  const valid = validateMarkdownSource(
    source,
    isPaper(path) ? PaperSchema : MeetingSchema,
    { sources, yamlSources, diagnostics },
    parse(source.text),
  );
  return {
    source,
    yaml: yamlSources.get(path),
    value: valid?.value,
    body: valid?.body,
    diagnostics,
  };
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value && typeof value === 'object' && !seen.has(value) && !ArrayBuffer.isView(value)) {
    seen.add(value);
    // The YAML document and source file keep lazily filled caches (line index, node maps): leave those thawed.
    if (isCache(value)) return value;
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}

function isCache(value: object): boolean {
  return 'doc' in value || 'lineStarts' in value || 'absPath' in value;
}
