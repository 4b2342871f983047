/** The container prefix of one line: how deep it can nest, and whether it surely starts a new block. */
export interface LinePrefix {
  /** The line holds only spaces and tabs. */
  blank: boolean;
  /** Markers that may open or continue a container (">", list markers, footnote labels), read loosely. */
  containers: number;
  /** An upper bound on the line's nesting: every such marker and every two columns of other indentation count. */
  depth: number;
  /** Block quote markers that surely open or continue a quote (each after at most three spaces). */
  quotes: number;
  /** Offset where the text after the sure quote markers starts. */
  rest: number;
  /** Spaces (tabs as four) before `rest`, after the last sure quote marker. */
  indent: number;
}

/** Read the prefix of the line [start, end): block quote markers, list markers and indentation. */
export function scanLinePrefix(text: string, start: number, end: number): LinePrefix {
  let i = start;
  let depth = 0;
  let spaces = 0;
  // The loose reading: anything that may be a container marker counts, for an upper bound on depth.
  for (;;) {
    const c = text.charCodeAt(i);
    if (i < end && (c === 32 || c === 9)) {
      spaces += c === 9 ? 4 : 1;
      i++;
    } else if (i < end && c === 62) {
      depth++;
      i++;
      // One space after ">" belongs to the marker.
      if (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)]|\[\^[^\]\s]{1,99}\]:)(?=[ \t]|\r?$)/.exec(
        text.slice(i, Math.min(end, i + 104)),
      );
      if (!marker) break;
      depth++;
      i += marker[0].length;
      // Up to four spaces after a list marker are its content offset, not further nesting.
      for (let k = 0; k < 4 && i < end && (text[i] === ' ' || text[i] === '\t'); k++) i++;
    }
  }
  const blank = /^[ \t]*\r?$/.test(text.slice(start, end));
  // The strict reading: only quote markers CommonMark cannot read otherwise (at most three spaces before each).
  let quotes = 0;
  let rest = start;
  let indent = 0;
  for (let j = start; ; ) {
    let run = 0;
    while (j < end && (text[j] === ' ' || text[j] === '\t')) run += text[j++] === '\t' ? 4 : 1;
    if (run <= 3 && text[j] === '>') {
      quotes++;
      j++;
      rest = j;
      continue;
    }
    indent = run;
    rest = j;
    break;
  }
  return { blank, containers: depth, depth: depth + Math.floor(spaces / 2), quotes, rest, indent };
}

/** Whether the text after the prefix surely starts a list item: a bullet or "1." with content, at most three spaces in. */
export function startsListItem(text: string, prefix: LinePrefix, end: number): boolean {
  return prefix.indent <= 3 && /^(?:[-+*]|1[.)])[ \t]+\S/.test(text.slice(prefix.rest, end));
}

/**
 * Count the marks micromark must pair in [start, end): every "[" and "]", and every "*", "_" or "~" except
 * runs with whitespace on both sides (which can neither open nor close). Backslash-escaped characters do not count.
 */
export function countInlineMarks(text: string, start: number, end: number): number {
  let marks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91 || c === 93) marks++;
    else if (c === 42 || c === 95 || c === 126) {
      let j = i;
      while (j + 1 < end && text.charCodeAt(j + 1) === c) j++;
      const before = i === start ? 32 : text.charCodeAt(i - 1);
      const after = j + 1 >= end ? 32 : text.charCodeAt(j + 1);
      if (!(isSpace(before) && isSpace(after))) marks += j - i + 1;
      i = j;
    }
  }
  return marks;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** The cells of a table row as GFM splits them: at every unescaped "|", without the outer pipes. */
export function splitTableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && i + 1 < row.length) {
      cell += row[i] + row[++i];
    } else if (row[i] === '|') {
      cells.push(cell);
      cell = '';
    } else cell += row[i];
  }
  cells.push(cell);
  const trimmed = row.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells;
}
