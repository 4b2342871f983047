import type { Root } from 'mdast';
import type { z } from 'zod';
import type { SourceFile } from '../diagnostics/source-file.js';
import { readTextFile } from '../load/read-text-file.js';
import { type BodyBlock, type MarkdownSplitter, parseMarkdownFile } from '../parse/parse-markdown-file.js';
import { validateYaml } from '../validate/validate-yaml.js';
import type { CheckState } from './check-state.js';

/** A Markdown file whose front matter passed its schema. */
export interface ValidMarkdownSource<T> {
  file: string;
  value: T;
  blocks: BodyBlock[];
  body: Root;
  /** The front matter failed its schema and `value` is a best-effort reading of it. */
  repaired?: boolean;
}

/** Read, parse and validate one Markdown file with front matter; faults go to `diagnostics`, never thrown. */
export async function readMarkdownSource<S extends z.ZodType>(
  root: string,
  relPath: string,
  schema: S,
  state: CheckState,
  splitTree: MarkdownSplitter | undefined,
): Promise<ValidMarkdownSource<z.infer<S>> | undefined> {
  const read = await readTextFile(root, relPath);
  for (const d of read.diagnostics) state.diagnostics.push(d);
  return read.file ? validateMarkdownSource(read.file, schema, state, splitTree) : undefined;
}

/** Parse and validate a file already in memory. */
export function validateMarkdownSource<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  { sources, yamlSources, diagnostics, replacedLines }: CheckState,
  splitTree: MarkdownSplitter | undefined,
): ValidMarkdownSource<z.infer<S>> | undefined {
  sources.set(file.path, file);
  try {
    const parsed = parseMarkdownFile(file, splitTree);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.frontMatter) return undefined;
    yamlSources.set(file.path, parsed.frontMatter);
    const checked = validateYaml(parsed.frontMatter, schema, readFileNameFacts(file.path));
    diagnostics.push(...checked.diagnostics);
    for (const line of checked.replacedLines ?? []) replacedLines.add(`${file.path}:${line}`);
    return checked.value === undefined
      ? undefined
      : { file: file.path, value: checked.value, blocks: parsed.blocks, body: parsed.body, repaired: checked.repaired };
  } catch (error) {
    // A bug in sbp on one file must not stop the others from being checked.
    diagnostics.push({
      code: 'internal-error',
      severity: 'error',
      file: file.path,
      line: 1,
      column: 1,
      message: `internal error while reading this file: ${(error as Error).message}`,
      hint: 'This is a bug in sbp: please report it with this file.',
    });
    return undefined;
  }
}

/** What a meeting file's place says (`<body>/<date>.md`), standing in for a broken body or date in front matter. */
function readFileNameFacts(relPath: string): Record<string, unknown> {
  const [folder] = relPath.split('/');
  const date = /(\d{4}-\d{2}-\d{2})[^/]*\.md$/.exec(relPath)?.[1];
  return relPath.includes('/') ? { body: folder, ...(date ? { date } : {}) } : {};
}
