import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readFileNameFacts } from './read-file-name-facts.js';

// The findings that caused a value to be replaced: a YAML slip mended, then the schema's verdict on the result.
const SCHEMA_CODES = new Set<Diagnostic['code']>([
  'yaml-syntax',
  'yaml-duplicate-key',
  'schema-invalid',
  'unknown-key',
]);

/**
 * A value that failed its schema was dropped or stood in for, so the model could still check the rest
 * of the file; a model finding on such a line (`replacedLines`, as `file:line`) only echoes the schema's.
 */
export function dropFollowOnDiagnostics(
  diagnostics: readonly Diagnostic[],
  replacedLines: ReadonlySet<string>,
): Diagnostic[] {
  // A YAML slip is read as mended; what the schema then says of that very line is the same slip again.
  const slipped = new Set(diagnostics.filter((d) => d.code === 'yaml-syntax').map((d) => `${d.file}:${d.line}`));
  return diagnostics.filter((d) => {
    const line = `${d.file}:${d.line}`;
    if (slipped.has(line)) return d.code === 'yaml-syntax';
    return SCHEMA_CODES.has(d.code) || !replacedLines.has(line);
  });
}

// Findings that a later meeting draws from the meetings before it: its previous minutes, its numbering,
// the actions its updates name. With an earlier file unread they would blame the later file for it.
const SEQUENCE_CODES = new Set<Diagnostic['code']>([
  'previous-meeting-unknown',
  'previous-meeting-conflict',
  'previous-minutes-unavailable',
  'agenda-date-mismatch',
  'minute-gap',
  'minute-mismatch',
  'update-unknown-action',
  'supersedes-unknown',
]);

/**
 * A meeting file that could not be read at all (its YAML does not parse) is reported on itself; the
 * sequence findings of meetings after it, of the same body, or naming its actions, are its follow-ons.
 */
export function dropUnreadFollowOns(diagnostics: readonly Diagnostic[], unreadFiles: readonly string[]): Diagnostic[] {
  const unread = unreadFiles.map(readFileNameFacts).filter((f) => f.date !== undefined);
  if (unread.length === 0) return [...diagnostics];
  return diagnostics.filter((d) => {
    const { body, date } = readFileNameFacts(d.file);
    if (!SEQUENCE_CODES.has(d.code) || date === undefined) return true;
    const crossBody = d.code === 'update-unknown-action' || d.code === 'supersedes-unknown';
    return !unread.some((u) => (u.date ?? '') < date && (crossBody || u.body === body));
  });
}
