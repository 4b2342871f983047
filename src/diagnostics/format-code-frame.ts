import { readLine, type SourceFile } from '../load/source-file.js';

/** A few lines of source around a position, with a caret under the fault. */
export function formatCodeFrame(file: SourceFile, line: number, column: number, endColumn?: number, paint = (s: string) => s): string {
  if (line < 1) return '';
  const first = Math.max(1, line - 2);
  const width = String(line + 1).length;
  const out: string[] = [];
  for (let n = first; n <= line + 1; n++) {
    const text = readLine(file, n);
    if (n > line && text === '') break;
    const shown = text.length > 160 ? text.slice(0, 160) + '…' : text;
    const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} | `;
    out.push(gutter + shown.replace(/\t/g, '→'));
    if (n === line) {
      const span = Math.max(1, Math.min((endColumn ?? column + 1) - column, shown.length - column + 1));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${paint('^'.repeat(span))}`);
    }
  }
  return out.join('\n');
}
