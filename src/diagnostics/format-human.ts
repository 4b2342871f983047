import { countDiagnostics, type Diagnostic } from './diagnostic.js';
import { formatCodeFrame } from './format-code-frame.js';
import type { SourceFile } from './source-file.js';

/** Options for the human report. */
export interface HumanFormatOptions {
  colour: boolean;
  sources: ReadonlyMap<string, SourceFile>;
  filesChecked: number;
}

const codes = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

/** file:line:column, severity, code, message, hint and a code frame per diagnostic, then a summary line. */
export function formatHuman(diagnostics: readonly Diagnostic[], options: HumanFormatOptions): string {
  const paint = (style: keyof typeof codes, s: string) => (options.colour ? `\x1b[${codes[style]}m${s}\x1b[0m` : s);
  const blocks = diagnostics.map((d) => {
    const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
    const severity = d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
    const lines = [`${paint('bold', where)} ${severity} ${paint('dim', d.code)}  ${d.message}`];
    const source = options.sources.get(d.file);
    if (source && d.line > 0) {
      const frame = formatCodeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined, (s) =>
        paint(d.severity === 'error' ? 'red' : 'yellow', s),
      );
      if (frame) lines.push(frame);
    }
    if (d.hint) lines.push(`  ${paint('cyan', 'hint:')} ${d.hint}`);
    return lines.join('\n');
  });
  const { errors, warnings } = countDiagnostics(diagnostics);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary =
    errors + warnings === 0
      ? paint('green', `✔ no problems in ${plural(options.filesChecked, 'file')}`)
      : `${paint(errors ? 'red' : 'yellow', '✖')} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(options.filesChecked, 'file')}`;
  return `${[...blocks, summary].join('\n\n')}\n`;
}
