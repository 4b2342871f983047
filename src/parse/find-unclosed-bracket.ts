import type { Document } from 'yaml';

type YamlError = Document.Parsed['errors'][number];

/** A "[" or "{" that is never closed: where it opens, the end of its line, and what closes it. */
export interface UnclosedBracket {
  at: number;
  lineEnd: number;
  closers: string;
}

/**
 * A list or mapping written in brackets and never closed: YAML complains where the next key starts,
 * lines below the slip, that it "must be sufficiently indented and end with a ]". Find the bracket.
 */
export function findUnclosedBracket(text: string, error: YamlError): UnclosedBracket | undefined {
  if (!/end with an? [\]}]/.test(error.message)) return undefined;
  const open: number[] = [];
  for (const i of listYamlBrackets(text, error.pos[0])) {
    if (text[i] === '[' || text[i] === '{') open.push(i);
    else open.pop();
  }
  if (open.length === 0) return undefined;
  const first = open[0];
  const last = open[open.length - 1];
  const lineEnd = text.indexOf('\n', last) === -1 ? text.length : text.indexOf('\n', last);
  // Closing on the bracket's own line mends it only when every open bracket is on that line.
  if (text.slice(first, lineEnd).includes('\n')) return { at: first, lineEnd: -1, closers: '' };
  const closers = open
    .map((at) => (text[at] === '[' ? ']' : '}'))
    .reverse()
    .join('');
  return { at: first, lineEnd: endBeforeComment(text, first, lineEnd), closers };
}

/** The end of a line's value, before any trailing spaces and "# comment". */
function endBeforeComment(text: string, from: number, lineEnd: number): number {
  const line = text.slice(from, lineEnd);
  const comment = /\s#/.exec(line);
  const value = comment ? line.slice(0, comment.index) : line;
  return from + value.trimEnd().length;
}

/** Offsets of the brackets of flow collections in `text` before `end`, outside quotes and comments. */
export function* listYamlBrackets(text: string, end = text.length): Generator<number> {
  let quote = '';
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (quote === '#') {
      if (c === '\n') quote = '';
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) quote = '#';
    else if ('[]{}'.includes(c)) yield i;
  }
}
