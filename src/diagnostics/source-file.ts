/** A text file of the meetings repository, held in memory with its line index. */
export interface SourceFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  /** Absolute path on disk. */
  absPath: string;
  text: string;
  /** Offsets at which each line starts (computed lazily). */
  lineStarts?: number[];
}

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A located span: start and end positions in the file. */
export interface Span extends Position {
  endLine: number;
  endColumn: number;
}

/** Where a model object came from: a file and a YAML path inside its front matter (or ['#line', line, column?] in Markdown). */
export interface SourceRef {
  file: string;
  path: (string | number)[];
}

/** Make a SourceFile from text (used by tests and by the loader). */
export function createSourceFile(path: string, text: string, absPath = path): SourceFile {
  return { path, absPath, text };
}

/** Turn a 0-based character offset into a 1-based line and column. */
export function locateOffset(file: SourceFile, offset: number): Position {
  file.lineStarts ??= indexLines(file.text);
  const starts = file.lineStarts;
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: clamped - starts[lo] + 1 };
}

/** The text of one 1-based line, without its line ending. */
export function readLine(file: SourceFile, line: number): string {
  file.lineStarts ??= indexLines(file.text);
  const starts = file.lineStarts;
  const start = starts[line - 1];
  if (start === undefined) return '';
  const end = line < starts.length ? starts[line] : file.text.length;
  return file.text.slice(start, end).replace(/\r?\n$/, '');
}

function indexLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
