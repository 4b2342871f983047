import { countDiagnostics, type Diagnostic } from './diagnostic.js';

/** The stable JSON report: `{ version: 1, summary, diagnostics }`. */
export function formatJson(diagnostics: readonly Diagnostic[], filesChecked: number): string {
  const summary = { ...countDiagnostics(diagnostics), files: filesChecked };
  return `${JSON.stringify({ version: 1, summary, diagnostics }, null, 2)}\n`;
}
