import type { Root } from 'mdast';
import type { z } from 'zod';
import type { SourceFile } from '../diagnostics/source-file.js';
import { readTextFile } from '../load/read-text-file.js';
import { splitMarkdownFile } from '../parse/parse-markdown-file.js';
import { checkMarkdownTree } from '../validate/check-markdown-tree.js';
import { validateYaml } from '../validate/validate-yaml.js';
import type { CheckState } from './check-state.js';
import type { TreeSource } from './create-tree-source.js';
import { readFileNameFacts } from './read-file-name-facts.js';

/** A Markdown file whose front matter passed its schema, with its body's tree. */
export interface ValidMarkdownSource<T> {
  file: string;
  value: T;
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
  trees: TreeSource,
): Promise<ValidMarkdownSource<z.infer<S>> | undefined> {
  const read = await readTextFile(root, relPath);
  for (const d of read.diagnostics) state.diagnostics.push(d);
  if (!read.file) return undefined;
  return validateMarkdownSource(read.file, schema, state, await trees.treeOf(read.file.text));
}

/**
 * Split and validate a file already in memory and parsed into its one tree: the front matter against its
 * schema, the body as build will render it (its images go to `state.images`, for load/ to look up).
 */
export function validateMarkdownSource<S extends z.ZodType>(
  file: SourceFile,
  schema: S,
  { sources, yamlSources, diagnostics, images, replacedLines }: CheckState,
  tree: Root,
): ValidMarkdownSource<z.infer<S>> | undefined {
  sources.set(file.path, file);
  try {
    const parsed = splitMarkdownFile(file, tree);
    for (const d of parsed.diagnostics) diagnostics.push(d);
    const body = checkMarkdownTree(file, parsed.body);
    for (const d of body.diagnostics) diagnostics.push(d);
    images?.set(file.path, body.images);
    if (!parsed.frontMatter) return undefined;
    yamlSources.set(file.path, parsed.frontMatter);
    const checked = validateYaml(parsed.frontMatter, schema, readFileNameFacts(file.path));
    for (const d of checked.diagnostics) diagnostics.push(d);
    for (const line of checked.replacedLines ?? []) replacedLines.add(`${file.path}:${line}`);
    return checked.value === undefined
      ? undefined
      : { file: file.path, value: checked.value, body: parsed.body, repaired: checked.repaired };
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
