import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateOffset, type SourceFile } from '../diagnostics/source-file.js';
import { describeYamlError } from './describe-yaml-error.js';
import { findOverIndentedLine } from './propose-yaml-mend.js';

/** The most duplicate keys reported per file (each is a fault of its own, unlike syntax errors). */
const MAX_DUPLICATES = 20;

/**
 * The YAML errors of a document as diagnostics. A syntax error is reported once, at the first place the
 * parser stumbled, in the clerk's words: what follows it is the parser losing its way (one indentation
 * slip gives four to seven parser errors), not more faults. Duplicate keys, which do not derail the
 * parser, are each reported when there is no syntax error.
 */
export function reportYamlErrors(file: SourceFile, doc: Document.Parsed, text: string, offset: number): Diagnostic[] {
  const sorted = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntax = sorted.find((e) => e.code !== 'DUPLICATE_KEY');
  const firstFileLine = locateOffset(file, offset).line;
  const span = (at: readonly [number, number]) => {
    const start = locateOffset(file, offset + at[0]);
    const end = locateOffset(file, offset + Math.max(at[0], at[1]));
    return { ...start, endLine: end.line, endColumn: end.column };
  };
  if (syntax) {
    const overIndented = findOverIndentedLine(text, syntax);
    if (overIndented) {
      const { line, column } = locateOffset(file, offset + overIndented.at);
      return [
        {
          code: 'yaml-syntax',
          severity: 'error',
          file: file.path,
          line,
          column,
          endLine: line,
          endColumn: column + 1,
          message: `this line is indented more than the key on line ${line - overIndented.gap} above it expects`,
          hint: `Start it at column ${overIndented.expected + 1}, under the other keys of the same item, with spaces only. (The YAML parser says: ${syntax.message.split('\n')[0].replace(/ at line.*$/, '')})`,
        },
      ];
    }
    const wording = describeYamlError(syntax, text, firstFileLine);
    return [{ code: 'yaml-syntax', severity: 'error', file: file.path, ...span(syntax.pos), ...wording }];
  }
  return sorted.slice(0, MAX_DUPLICATES).map((error) => ({
    code: 'yaml-duplicate-key' as const,
    severity: 'error' as const,
    file: file.path,
    ...span(error.pos),
    message: describeDuplicate(text, error.pos[0]),
    hint: 'Keep one of the two keys; if both are wanted, one of them is probably misspelt.',
  }));
}

function describeDuplicate(text: string, at: number): string {
  const key = /^["']?([^"':\n]+)/.exec(text.slice(at))?.[1]?.trim();
  return key ? `the key "${key}" appears twice in this mapping` : 'a key appears twice in this mapping';
}
