import type { Paragraph, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  findMarkdownLimits,
  MAX_CONTAINER_DEPTH,
  MAX_INLINE_MARKS,
  type MarkdownLimit,
} from './find-markdown-limits.js';

declare module 'mdast' {
  interface RootData {
    /** What went beyond sbp's limits on hostile input, and was left out of the tree. */
    limits?: MarkdownLimit[];
  }
  interface ParagraphData {
    /** Set on the paragraph sbp put where text was left out. */
    leftOut?: MarkdownLimit['kind'];
  }
}

/** Bump whenever the trees made here change shape: cached trees of another format are never reused. */
export const MARKDOWN_TREE_FORMAT = 1;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Parse a Markdown file (front matter included, as a yaml node) with unified, remark-parse,
 * remark-frontmatter and remark-gfm. What goes beyond the documented limits is blanked before parsing,
 * replaced by a visible paragraph and listed in `tree.data.limits`, so no input makes the parse super-linear.
 */
export function parseMarkdownTree(text: string): Root {
  const limits = findMarkdownLimits(text, findFrontMatterEnd(text));
  if (limits.length === 0) return processor.parse(text) as Root;
  const tree = processor.parse(blankRanges(text, limits)) as Root;
  tree.data = { ...tree.data, limits };
  for (const limit of limits) {
    if (limit.kind === 'html-depth') continue;
    const placeholder: Paragraph = {
      type: 'paragraph',
      children: [{ type: 'text', value: describeLeftOut(limit) }],
      position: { start: limit.start, end: limit.end },
      data: { leftOut: limit.kind },
    };
    const at = tree.children.findIndex((node) => (node.position?.start.offset ?? 0) > limit.start.offset);
    tree.children.splice(at === -1 ? tree.children.length : at, 0, placeholder);
  }
  return tree;
}

/** Offset just after remark-frontmatter's closing "---" line, or 0 when the file has no front matter. */
function findFrontMatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^---[ \t]*\r?$/m.exec(text.slice(open[0].length));
  return close ? open[0].length + close.index + close[0].length : 0;
}

function blankRanges(text: string, limits: readonly MarkdownLimit[]): string {
  const ranges = limits.flatMap((l) => l.blank).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

function describeLeftOut(limit: MarkdownLimit): string {
  return limit.kind === 'inline-marks'
    ? `[This paragraph is left out: it has ${limit.count} emphasis and bracket marks, more than the ${MAX_INLINE_MARKS} sbp reads in one paragraph.]`
    : `[This line is left out: its lists and quotes nest ${limit.count} deep, deeper than the ${MAX_CONTAINER_DEPTH} levels sbp reads.]`;
}
