import { CHECK_CODES, type CheckCode } from './check-codes.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceRef, Span } from './source-file.js';

/** Finds where a model object's SourceRef stands in its file. */
export type LocateSource = (src: SourceRef, pointAt?: 'key' | 'value') => Span;

/** Collects diagnostics about model objects, locating each through its SourceRef. */
export interface Reporter {
  report(code: CheckCode, src: SourceRef, message: string, hint?: string, pointAt?: 'key' | 'value'): void;
  readonly diagnostics: Diagnostic[];
}

/** A Reporter that locates through `locate` and uses each code's catalogue severity. */
export function createReporter(locate: LocateSource): Reporter {
  const diagnostics: Diagnostic[] = [];
  return {
    diagnostics,
    report(code, src, message, hint, pointAt) {
      diagnostics.push({
        code,
        severity: CHECK_CODES[code].severity,
        file: src.file,
        ...locate(src, pointAt),
        message,
        hint,
      });
    },
  };
}
