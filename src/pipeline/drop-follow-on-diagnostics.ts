import type { Diagnostic } from '../diagnostics/diagnostic.js';

const SCHEMA_CODES = new Set<Diagnostic['code']>(['schema-invalid', 'unknown-key']);

/**
 * A value that failed its schema was dropped or stood in for, so the model could still check the rest
 * of the file; a model finding on such a line (`replacedLines`, as `file:line`) only echoes the schema's.
 */
export function dropFollowOnDiagnostics(
  diagnostics: readonly Diagnostic[],
  replacedLines: ReadonlySet<string>,
): Diagnostic[] {
  return diagnostics.filter((d) => SCHEMA_CODES.has(d.code) || !replacedLines.has(`${d.file}:${d.line}`));
}
