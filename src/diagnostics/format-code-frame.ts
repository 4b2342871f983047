import { readLine, type SourceFile } from './source-file.js';

const WIDTH = 120;

/** A few lines of source around a position, with a caret under the fault; long lines are windowed around it. */
export function formatCodeFrame(
  file: SourceFile,
  line: number,
  column: number,
  endColumn?: number,
  paint = (s: string) => s,
): string {
  if (line < 1) return '';
  const first = Math.max(1, line - 2);
  const width = String(line + 1).length;
  // Show the same horizontal window on every line, so the caret lines up with the fault.
  const start = column - 1 > WIDTH - 20 ? column - 1 - 40 : 0;
  const out: string[] = [];
  for (let n = first; n <= line + 1; n++) {
    const text = readLine(file, n);
    if (n > line && text === '') break;
    const slice = text.slice(start, start + WIDTH);
    const shown = (start > 0 && text.length > start ? '…' : '') + slice + (text.length > start + WIDTH ? '…' : '');
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${shown.replace(/\t/g, '→')}`);
    if (n === line) {
      const lead = column - 1 - start + (start > 0 ? 1 : 0);
      const span = Math.max(1, Math.min((endColumn ?? column + 1) - column, shown.length - lead));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, lead))}${paint('^'.repeat(span))}`);
    }
  }
  return out.join('\n');
}
