import type { Nodes, Parent, Root } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import {
  MAX_CONTAINER_DEPTH,
  MAX_HTML_DEPTH,
  MAX_INLINE_MARKS,
  type MarkdownLimit,
} from '../parse/find-markdown-limits.js';
import { describeImageProblem } from './describe-image-problem.js';
import { findUndefinedReferences } from './find-undefined-references.js';

/** An image a Markdown file names (inline or by reference), with where its "![" stands. */
export interface ImageUse {
  url: string;
  alt: string;
  line: number;
  column: number;
}

/**
 * Judge a Markdown file's one tree as `sbp build` will render it: what was left out on hostile input,
 * images without alt text, HTML images, references whose definition is missing. Returns those findings
 * and every image it names, for load/ to look up.
 */
export function checkMarkdownTree(source: SourceFile, tree: Root): { diagnostics: Diagnostic[]; images: ImageUse[] } {
  const diagnostics = (tree.data?.limits ?? []).map((limit) => describeLimit(source.path, limit));
  const definitions = new Map<string, string>();
  const referenced: { identifier: string; alt: string; at: ImageAt }[] = [];
  const images: ImageUse[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (node.type === 'image') images.push({ url: node.url, alt: node.alt ?? '', ...at });
    else if (node.type === 'imageReference') referenced.push({ identifier: node.identifier, alt: node.alt ?? '', at });
    else if (node.type === 'html' && /<img\b/i.test(node.value))
      diagnostics.push(describeImageProblem('html', '', { file: source.path, ...at }));
    // The paragraph sbp put in place of text left out holds no references of its own.
    if (node.type === 'paragraph' && node.data?.leftOut) continue;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
      for (const found of findUndefinedReferences(source, node as Parent)) diagnostics.push(found);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  for (const { identifier, alt, at } of referenced) {
    const url = definitions.get(identifier);
    if (url !== undefined) images.push({ url, alt, ...at });
  }
  images.sort((a, b) => a.line - b.line || a.column - b.column);
  for (const image of images)
    if (image.alt.trim() === '')
      diagnostics.push({
        code: 'image-alt-missing',
        severity: 'warning',
        file: source.path,
        line: image.line,
        column: image.column,
        message: `the image ${image.url} has no alt text`,
        hint: 'Describe the image in the brackets, e.g. ![Arson incidents by month, 2021](charts/arson.png): a screen reader reads it out, and the PDF prints it if the image cannot be shown.',
      });
  return { diagnostics: capRepeats(diagnostics), images };
}

/** The most warnings of one code reported per file; a note says how many more there are. */
const MAX_REPEATS = 50;

function capRepeats(diagnostics: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  const firstLeftOut = new Map<string, Diagnostic>();
  const kept: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (counts.get(d.code) ?? 0) + 1;
    counts.set(d.code, n);
    if (n <= MAX_REPEATS) kept.push(d);
    else if (n === MAX_REPEATS + 1) firstLeftOut.set(d.code, d);
  }
  // One more finding, where the first one not listed stands.
  for (const [code, d] of firstLeftOut) {
    const n = counts.get(code)!;
    kept.push({ ...d, message: `${n - MAX_REPEATS} more like this in the file (${n} in all)` });
  }
  return kept;
}

type ImageAt = { line: number; column: number };

function describeLimit(file: string, limit: MarkdownLimit): Diagnostic {
  const span = {
    file,
    severity: 'error' as const,
    line: limit.start.line,
    column: limit.start.column,
    endLine: limit.end.line,
    endColumn: limit.end.column,
  };
  if (limit.kind === 'inline-marks')
    return {
      ...span,
      code: 'markdown-too-complex',
      message: `this paragraph has ${limit.count} emphasis and bracket marks; sbp reads at most ${MAX_INLINE_MARKS} in one paragraph, so it is left out`,
      hint: 'Split it into shorter paragraphs with blank lines, or escape literal marks with a backslash (\\* \\_ \\[); long tables of data belong in a PDF paper.',
    };
  if (limit.kind === 'container-depth')
    return {
      ...span,
      code: 'markdown-too-deep',
      message: `lists and quotes nest ${limit.count} deep ${limit.end.line > limit.start.line ? `on lines ${limit.start.line}-${limit.end.line}` : 'on this line'}; sbp reads at most ${MAX_CONTAINER_DEPTH} levels, so it is left out`,
      hint: 'Flatten the nesting: a meeting paper never needs more than a few levels of lists and quotes.',
    };
  return {
    ...span,
    code: 'markdown-too-deep',
    message: `raw HTML tags nest more than ${MAX_HTML_DEPTH} deep here; sbp leaves out this tag${limit.count > 1 ? ` and ${limit.count - 1} more like it` : ''}`,
    hint: 'Close each HTML tag you open (<b>...</b>), or write the formatting in Markdown (**bold**).',
  };
}
