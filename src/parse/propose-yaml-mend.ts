import type { Document } from 'yaml';

type YamlError = Document.Parsed['errors'][number];

/** A one-line text edit that would mend a YAML syntax error. */
export interface YamlMend {
  at: number;
  end: number;
  text: string;
}

/**
 * The likely mend of the first YAML syntax error, for the commonest slips: a line indented too deep or
 * out of line with its list, a quote never closed, a key without its ":". The caller re-parses the mended
 * text so the rest of the front matter can still be checked in the same run; the error is reported anyway.
 */
export function proposeYamlMend(text: string, error: YamlError): YamlMend | undefined {
  const over = findOverIndentedLine(text, error);
  if (over) return { at: lineStart(text, over.at), end: over.at, text: ' '.repeat(over.expected) };
  const start = lineStart(text, error.pos[0]);
  const end = lineEnd(text, start);
  const line = text.slice(start, end);
  const indent = line.length - line.trimStart().length;
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    const quote = /^[^"']*(["'])/.exec(line.slice(line.indexOf(':') + 1))?.[1];
    return quote ? { at: end, end, text: quote } : undefined;
  }
  if (/sequence items must start at the same column/i.test(error.message) && line.trimStart().startsWith('- ')) {
    const sibling = findSiblingDash(text, start, indent);
    return sibling === undefined ? undefined : { at: start, end: start + indent, text: ' '.repeat(sibling) };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && /^\s*[A-Za-z][\w-]*\s*$/.test(line)) {
    const word = start + indent + line.trim().length;
    return { at: word, end: word, text: ':' };
  }
  return undefined;
}

/** The column of the nearest "- " above that the slipped list entry belongs with. */
function findSiblingDash(text: string, before: number, indent: number): number | undefined {
  const lines = text.slice(0, before).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const at = l.length - l.trimStart().length;
    if (l.trimStart().startsWith('- ') && Math.abs(at - indent) <= 2) return at;
    if (l.trim() && !l.trim().startsWith('#') && at < indent - 2) return undefined;
  }
  return undefined;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/**
 * "key: value" followed by a line indented deeper than the key reads, to YAML, as one value running
 * on: it then complains about the first line. The fault is the deeper line; find it.
 */
export function findOverIndentedLine(
  text: string,
  error: Document.Parsed['errors'][number],
): { at: number; expected: number; gap: number } | undefined {
  if (!/compact mappings|single line/.test(error.message)) return undefined;
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd === -1) return undefined;
  const line = text.slice(lineStart, lineEnd);
  const key = /^(\s*(?:-\s+)?)[^\s:#][^:#]*:\s+\S/.exec(line);
  if (!key) return undefined;
  const expected = key[1].length;
  let gap = 0;
  for (let at = lineEnd + 1; at < text.length; ) {
    const end = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    const next = text.slice(at, end);
    gap++;
    if (next.trim() && !next.trim().startsWith('#')) {
      const indent = next.length - next.trimStart().length;
      return indent > expected ? { at: at + indent, expected, gap } : undefined;
    }
    at = end + 1;
  }
  return undefined;
}
