import { type Document, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateOffset, type SourceFile } from '../diagnostics/source-file.js';

/** The most YAML syntax errors reported per file. */
const MAX_YAML_ERRORS = 20;

/** The deepest flow nesting ("[[[" or "{{{") parsed; far beyond any real front matter. */
const MAX_FLOW_DEPTH = 64;

/** A YAML document parsed from (part of) a source file, keeping node positions. */
export interface YamlSource {
  file: SourceFile;
  doc: Document.Parsed;
  /** Offset of the YAML text inside the file (non-zero for front matter). */
  offset: number;
  /** The plain JavaScript value, or undefined when the YAML is broken. */
  data: unknown;
}

/** Parse YAML text at `offset` of `file`; syntax faults become diagnostics, never exceptions. */
export function parseYamlSource(
  file: SourceFile,
  text: string,
  offset = 0,
): { yaml: YamlSource; diagnostics: Diagnostic[] } {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== undefined) {
    // The yaml parser's time grows badly with bracket depth: refuse before parsing, at the place it happens.
    const empty = parseDocument('', { uniqueKeys: true });
    return {
      yaml: { file, doc: empty, offset, data: undefined },
      diagnostics: [
        {
          code: 'yaml-syntax',
          severity: 'error',
          file: file.path,
          ...locateOffset(file, offset + tooDeep),
          message: `YAML syntax: brackets nested more than ${MAX_FLOW_DEPTH} deep`,
          hint: 'Close the "[" or "{" opened here; front matter never needs such deep nesting.',
        },
      ],
    };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = [];
  // One fault (an unclosed bracket in a huge paste) can cascade into thousands of errors: report the first few.
  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const start = locateOffset(file, offset + error.pos[0]);
    const end = locateOffset(file, offset + error.pos[1]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    diagnostics.push({
      code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      severity: 'error',
      file: file.path,
      ...start,
      endLine: end.line,
      endColumn: end.column,
      message: duplicate ? describeDuplicate(text, error.pos[0]) : `YAML syntax: ${firstLine(error.message)}`,
      hint: hintFor(error.code),
    });
  }
  if (doc.errors.length > MAX_YAML_ERRORS) {
    const last = diagnostics[diagnostics.length - 1];
    diagnostics.push({
      ...last,
      code: 'yaml-syntax',
      message: `YAML syntax: ${doc.errors.length - MAX_YAML_ERRORS} more YAML errors follow in this file`,
      hint: 'Fix the first error: the rest often follow from it.',
    });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // toJS throws on alias bombs and similar; report it on the file instead of crashing.
      diagnostics.push({
        code: 'yaml-syntax',
        severity: 'error',
        file: file.path,
        ...locateOffset(file, offset),
        message: `YAML syntax: ${firstLine((error as Error).message)}`,
      });
    }
  }
  return { yaml: { file, doc, offset, data }, diagnostics };
}

/** Offset of the first "[" or "{" nested deeper than MAX_FLOW_DEPTH outside quotes and comments, if any. */
function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '#') {
      if (c === '\n') quote = '';
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) quote = '#';
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

function describeDuplicate(text: string, at: number): string {
  const key = /^["']?([^"':\n]+)/.exec(text.slice(at))?.[1]?.trim();
  return key ? `the key "${key}" appears twice in this mapping` : 'a key appears twice in this mapping';
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function hintFor(code: string): string | undefined {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'YAML indents with spaces only: replace the tab with spaces.';
    case 'DUPLICATE_KEY':
      return 'Keep one of the two keys; if both are wanted, one of them is probably misspelt.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation of this line against the lines above it.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key spans more than one line: usually a missing ":" or an unclosed quote on the line above.';
    default:
      return 'Quote text that contains ":" or "#", and indent nested keys with spaces.';
  }
}
