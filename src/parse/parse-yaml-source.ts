import { type Document, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateOffset, type SourceFile } from '../diagnostics/source-file.js';
import { proposeYamlMend } from './propose-yaml-mend.js';
import { reportYamlErrors } from './report-yaml-errors.js';

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
  /** Whether the YAML could not be read (syntax, or an alias bomb): nothing in it is validated further. */
  broken: boolean;
  /**
   * The YAML had a syntax error of a common kind (an indentation slip, a quote never closed, a missing
   * ":"); `doc`, `data` and `file` are those of the text with that one slip mended, so that the rest can
   * still be checked in the same run. The error itself is reported all the same.
   */
  mended?: boolean;
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
      yaml: { file, doc: empty, offset, data: undefined, broken: true },
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
  const diagnostics = reportYamlErrors(file, doc, text, offset);
  const mended = mendFirstSlip(file, doc, text, offset);
  if (mended) return { yaml: mended, diagnostics };
  let data: unknown;
  let broken = doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  // A duplicate key is a fault of its own but does not derail the parser: the rest is still checked.
  if (!broken) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // toJS throws on alias bombs and similar: one finding on the file, and nothing validated after it.
      broken = true;
      diagnostics.push({
        code: 'yaml-syntax',
        severity: 'error',
        file: file.path,
        ...locateOffset(file, offset),
        message: 'this YAML expands its aliases (*name) far too many times to be read',
        hint: `Write the values out instead of repeating aliases. (The YAML parser says: ${(error as Error).message.split('\n')[0]}.)`,
      });
    }
  }
  return { yaml: { file, doc, offset, data, broken }, diagnostics };
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

/** The source as it reads with its first syntax error mended, when that is a common slip and fixes it all. */
function mendFirstSlip(file: SourceFile, doc: Document.Parsed, text: string, offset: number): YamlSource | undefined {
  const first = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]).find((e) => e.code !== 'DUPLICATE_KEY');
  const mend = first && proposeYamlMend(text, first);
  if (!mend) return undefined;
  const fixed = text.slice(0, mend.at) + mend.text + text.slice(mend.end);
  const again = parseDocument(fixed, { uniqueKeys: true, prettyErrors: false, strict: true });
  if (again.errors.length) return undefined;
  let data: unknown;
  try {
    data = again.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  // Positions are found in the mended text: the same lines as the file, a column or two apart on one.
  const at = offset + mend.at;
  const mendedFile = {
    ...file,
    text: file.text.slice(0, at) + mend.text + file.text.slice(offset + mend.end),
    lineStarts: undefined,
  };
  return { file: mendedFile, doc: again, offset, data, broken: false, mended: true };
}
