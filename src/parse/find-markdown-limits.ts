import { createHtmlDepthCounter } from './count-html-depth.js';
import { countInlineMarks, scanLinePrefix, splitTableCells, startsListItem } from './scan-markdown-line.js';

/** The most emphasis and bracket marks (* _ ~ [ ]) read in one paragraph: beyond it micromark's cost grows with the square. */
export const MAX_INLINE_MARKS = 1000;
/** The deepest nesting of block quotes and lists read: deeper trees overflow the stack of every later stage. */
export const MAX_CONTAINER_DEPTH = 32;
/** The deepest nesting of raw HTML elements read (Chromium's own parser stops at 512). */
export const MAX_HTML_DEPTH = 64;

/** A point in the text: 1-based line and column, 0-based offset (as in mdast positions). */
export interface TextPoint {
  line: number;
  column: number;
  offset: number;
}

/** A place where the text goes beyond a limit, and the ranges left out of the parse because of it. */
export interface MarkdownLimit {
  kind: 'inline-marks' | 'container-depth' | 'html-depth';
  start: TextPoint;
  end: TextPoint;
  /** How many marks the paragraph holds, how deep the line nests, or how many tags were left out. */
  count: number;
  /** [start, end) offsets blanked before parsing. */
  blank: [number, number][];
}

interface Line {
  start: TextPoint;
  end: TextPoint;
  marks: number;
  quotes: number;
  /** Cells, when the line may be a table's header row. */
  cells?: number;
}

/**
 * Find what would make the Markdown parse super-linear or too deep, in one pass over the lines: paragraphs
 * with too many inline marks, lines nested too deep, raw HTML nested too deep. Paragraphs are split only
 * where micromark surely starts a new block, so they are never smaller than its own: the bound is sound.
 * Reading starts at offset `from` (after the front matter, whose YAML has limits of its own).
 */
export function findMarkdownLimits(text: string, from = 0): MarkdownLimit[] {
  const limits: MarkdownLimit[] = [];
  const html = createHtmlDepthCounter(MAX_HTML_DEPTH);
  let chunk: { start: TextPoint; end: TextPoint; marks: number; topLevel: boolean } | undefined;
  let previous: Line | undefined;
  let inTable = false;
  const close = () => {
    if (chunk && chunk.marks > MAX_INLINE_MARKS)
      limits.push({
        kind: 'inline-marks',
        ...chunk,
        count: chunk.marks,
        blank: [[chunk.start.offset, chunk.end.offset]],
      });
    chunk = undefined;
  };
  let line = countLines(text, from);
  for (let start = from; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const from: TextPoint = { line, column: 1, offset: start };
    const to: TextPoint = { line, column: end - start + 1, offset: end };
    const prefix = scanLinePrefix(text, start, end);
    const next = end + 1;
    if (prefix.blank || (prefix.containers > 0 && prefix.depth > MAX_CONTAINER_DEPTH)) {
      close();
      const last = limits.at(-1);
      if (prefix.blank) {
        // Nothing to do: a blank line ends every paragraph.
      } else if (last?.kind === 'container-depth' && last.end.line === line - 1) {
        // One finding for a run of lines nested too deep, however long.
        Object.assign(last, { end: to, count: Math.max(last.count, prefix.depth) });
        last.blank.push([start, end]);
      } else limits.push({ kind: 'container-depth', start: from, end: to, count: prefix.depth, blank: [[start, end]] });
      inTable = false;
      previous = undefined;
      start = next;
      continue;
    }
    html.scan(text, start, end, line, start);
    const content = text.slice(prefix.rest, end).replace(/\r$/, '');
    const marks = countInlineMarks(text, prefix.rest, end);
    const heading = prefix.indent <= 3 && /^#{1,6}(?:[ \t]|$)/.test(content);
    const listItem = startsListItem(text, prefix, end);
    const topLevel = prefix.quotes === 0 && prefix.indent <= 3 && !listItem;
    const cells = topLevel ? splitTableCells(content) : undefined;
    const delimiterRow = topLevel && content.startsWith('|') && cells!.every((c) => /^\s*:?-+:?\s*$/.test(c));
    if (delimiterRow && !inTable && chunk?.topLevel && previous?.cells === cells!.length) {
      // A table: its header row leaves the paragraph before it, and each row is parsed on its own.
      const header = previous;
      chunk.marks -= header.marks;
      chunk.end = header.start;
      close();
      chunk = { start: header.start, end: header.end, marks: header.marks, topLevel: true };
      close();
      inTable = true;
    } else if (inTable && (heading || listItem || prefix.quotes > 0)) inTable = false;
    if (!chunk || heading || listItem || inTable || prefix.quotes > (previous?.quotes ?? 0)) {
      close();
      chunk = { start: from, end: to, marks: 0, topLevel };
    }
    chunk.marks += marks;
    chunk.end = to;
    if (heading || inTable) close();
    previous = { start: from, end: to, marks, quotes: prefix.quotes, cells: delimiterRow ? undefined : cells?.length };
    start = next;
  }
  close();
  const breach = html.finish();
  if (breach)
    limits.push({
      kind: 'html-depth',
      start: breach.first,
      end: breach.first,
      count: breach.count,
      blank: breach.blank,
    });
  return limits;
}

function countLines(text: string, upTo: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < upTo; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
