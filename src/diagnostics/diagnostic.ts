import type { CheckCode, Severity } from './check-codes.js';

export type { Severity };

/** One finding about a user's file, with where it is and how to fix it. */
export interface Diagnostic {
  code: CheckCode;
  severity: Severity;
  /** Path relative to the meetings repository, with forward slashes. */
  file: string;
  /** 1-based line and column of the start of the fault. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Sort diagnostics by file, then position, then code: output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Count errors and warnings. */
export function countDiagnostics(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of list) if (d.severity === 'error') errors++;
  return { errors, warnings: list.length - errors };
}

/** Drop exact repeats (same place, code and message), keeping the first. */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
