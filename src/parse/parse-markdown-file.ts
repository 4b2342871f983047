import type { Root, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import { parseYamlSource, type YamlSource } from './parse-yaml-source.js';
import { type OutlineBlock, scanMarkdownOutline } from './scan-markdown-outline.js';

/** A top-level block of the body, with its mdast node when the body was fully parsed. */
export interface BodyBlock extends OutlineBlock {
  node?: RootContent;
}

/** A Markdown file with YAML front matter, parsed: the front matter with positions, and the body. */
export interface ParsedMarkdownFile {
  file: SourceFile;
  frontMatter?: YamlSource;
  /** The top-level blocks of the body, in order. */
  blocks: BodyBlock[];
  /** The Markdown tree without its front matter (empty in outline mode). Positions are the whole file's. */
  body: Root;
  diagnostics: Diagnostic[];
}

/** How much of the body to parse: the full mdast tree (to render) or only its outline (to check). */
export type BodyMode = 'tree' | 'outline';

/** Splits a file into front matter and body blocks (see parse-markdown-tree.ts for the full parse). */
export type MarkdownSplitter = (text: string) => MarkdownSplit;

/**
 * Parse a meeting file or paper: front matter (required) and Markdown body. With `splitTree` (the
 * unified parse, loaded lazily by the caller) the body is a full mdast tree; without, only its outline.
 */
export function parseMarkdownFile(file: SourceFile, splitTree?: MarkdownSplitter): ParsedMarkdownFile {
  const empty: Root = { type: 'root', children: [] };
  const fail = (
    code: Diagnostic['code'],
    message: string,
    hint: string,
    blocks: BodyBlock[] = [],
    body = empty,
  ): ParsedMarkdownFile => ({
    file,
    blocks,
    body,
    diagnostics: [{ code, severity: 'error', file: file.path, line: 1, column: 1, message, hint }],
  });
  if (file.text.trim() === '') {
    return fail(
      'file-empty',
      `${file.path} is empty`,
      'Start it with front matter between two "---" lines, e.g. copy an earlier meeting or run sbp new-meeting.',
    );
  }
  const split = (splitTree ?? splitFrontMatter)(file.text);
  if (!split.frontMatter) {
    const unterminated = /^---[ \t]*\r?$/.test(file.text.split('\n', 1)[0]);
    return unterminated
      ? fail(
          'front-matter-unterminated',
          'the front matter opened at line 1 is never closed by a line "---"',
          'Add a line with just "---" after the last front matter key.',
          split.blocks,
          split.body,
        )
      : fail(
          'front-matter-missing',
          'this file has no front matter: it must start with a line "---"',
          'Put the YAML keys between a first line "---" and a closing "---" line.',
          split.blocks,
          split.body,
        );
  }
  const parsed = parseYamlSource(file, split.frontMatter.text, split.frontMatter.offset);
  return { file, frontMatter: parsed.yaml, blocks: split.blocks, body: split.body, diagnostics: parsed.diagnostics };
}

/** Front matter text and offset, the body's blocks, and the mdast tree when fully parsed. */
export interface MarkdownSplit {
  frontMatter?: { text: string; offset: number };
  blocks: BodyBlock[];
  body: Root;
}

/** The fast split, with remark-frontmatter's rule: "---" on the first line, closed by the next "---" line. */
function splitFrontMatter(text: string): MarkdownSplit {
  const empty: Root = { type: 'root', children: [] };
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return { blocks: scanMarkdownOutline(text), body: empty };
  const close = /^---[ \t]*\r?$/m;
  const rest = text.slice(open[0].length);
  const match = close.exec(rest);
  if (!match) return { blocks: [], body: empty };
  const offset = open[0].length;
  const yamlText = rest.slice(0, Math.max(0, match.index - 1)).replace(/\r$/, '');
  const afterFence = offset + match.index + match[0].length;
  const firstBodyLine = text.slice(0, afterFence).split('\n').length + 1;
  return {
    frontMatter: { text: yamlText, offset },
    blocks: scanMarkdownOutline(text.slice(afterFence + 1), firstBodyLine),
    body: empty,
  };
}
