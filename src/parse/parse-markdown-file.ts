import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import { parseYamlSource, type YamlSource } from './parse-yaml-source.js';

/** A meeting file or paper, split: the front matter with YAML positions, and the Markdown body. */
export interface ParsedMarkdownFile {
  file: SourceFile;
  frontMatter?: YamlSource;
  /** The file's one Markdown tree without its yaml node. Positions are the whole file's. */
  body: Root;
  diagnostics: Diagnostic[];
}

/**
 * Split the file's Markdown tree (see parse-markdown-tree.ts) into front matter, taken from the tree's
 * yaml node and parsed with source positions, and body. The front matter is required.
 */
export function splitMarkdownFile(file: SourceFile, tree: Root): ParsedMarkdownFile {
  const [first, ...rest] = tree.children;
  const hasYaml = first?.type === 'yaml';
  const body: Root = {
    type: 'root',
    children: hasYaml ? rest : tree.children,
    data: tree.data,
    position: tree.position,
  };
  const fail = (code: Diagnostic['code'], message: string, hint: string): ParsedMarkdownFile => ({
    file,
    body,
    diagnostics: [{ code, severity: 'error', file: file.path, line: 1, column: 1, message, hint }],
  });
  if (/^\s*$/.test(file.text)) {
    return fail(
      'file-empty',
      `${file.path} is empty`,
      'Start it with front matter between two "---" lines, e.g. copy an earlier meeting or run sbp new-meeting.',
    );
  }
  if (!hasYaml) {
    return /^---[ \t]*\r?$/.test(file.text.split('\n', 1)[0])
      ? fail(
          'front-matter-unterminated',
          'the front matter opened at line 1 is never closed by a line "---"',
          'Add a line with just "---" after the last front matter key.',
        )
      : fail(
          'front-matter-missing',
          'this file has no front matter: it must start with a line "---"',
          'Put the YAML keys between a first line "---" and a closing "---" line.',
        );
  }
  const offset = file.text.indexOf('\n', first.position?.start.offset ?? 0) + 1;
  const parsed = parseYamlSource(file, first.value, offset);
  return { file, frontMatter: parsed.yaml, body, diagnostics: parsed.diagnostics };
}
