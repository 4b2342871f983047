import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { parseYamlSource, type YamlSource } from './parse-yaml-source.js';

/** A Markdown file with YAML front matter, parsed: the front matter with positions, and the body as mdast. */
export interface ParsedMarkdownFile {
  file: SourceFile;
  frontMatter?: YamlSource;
  /** The Markdown tree; the front matter node is removed. Positions are those of the whole file. */
  body: Root;
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Parse a meeting file or paper: front matter (required) and Markdown body. */
export function parseMarkdownFile(file: SourceFile): ParsedMarkdownFile {
  const diagnostics: Diagnostic[] = [];
  const at = (code: Diagnostic['code'], message: string, hint: string): Diagnostic => ({
    code, severity: 'error', file: file.path, line: 1, column: 1, message, hint,
  });
  if (file.text.trim() === '') {
    diagnostics.push(at('file-empty', `${file.path} is empty`, 'Start it with front matter between two "---" lines, e.g. copy an earlier meeting or run sbp new-meeting.'));
    return { file, body: { type: 'root', children: [] }, diagnostics };
  }
  const tree = processor.parse(file.text) as Root;
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    if (/^---[ \t]*\r?$/m.test(file.text.split('\n', 1)[0])) {
      diagnostics.push(at('front-matter-unterminated', 'the front matter opened at line 1 is never closed by a line "---"', 'Add a line with just "---" after the last front matter key.'));
    } else {
      diagnostics.push(at('front-matter-missing', 'this file has no front matter: it must start with a line "---"', 'Put the YAML keys between a first line "---" and a closing "---" line.'));
    }
    return { file, body: tree, diagnostics };
  }
  tree.children.shift();
  const fenceStart = first.position?.start.offset ?? 0;
  const valueOffset = file.text.indexOf('\n', fenceStart) + 1;
  const parsed = parseYamlSource(file, first.value, valueOffset);
  diagnostics.push(...parsed.diagnostics);
  return { file, frontMatter: parsed.yaml, body: tree, diagnostics };
}
