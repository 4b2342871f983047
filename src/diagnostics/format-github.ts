import type { Diagnostic } from './diagnostic.js';

/** GitHub Actions workflow commands: one ::error or ::warning annotation per diagnostic. */
export function formatGithub(diagnostics: readonly Diagnostic[], toWorkspacePath: (file: string) => string): string {
  return (
    diagnostics
      .map((d) => {
        const props = [`file=${escapeProperty(toWorkspacePath(d.file))}`];
        if (d.line > 0) {
          props.push(`line=${d.line}`, `col=${d.column}`);
          if (d.endLine) props.push(`endLine=${d.endLine}`);
          if (d.endColumn && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
        }
        props.push(`title=${escapeProperty(`sbp ${d.code}`)}`);
        const text = d.hint ? `${d.message}\n${d.hint}` : d.message;
        return `::${d.severity} ${props.join(',')}::${escapeData(text)}`;
      })
      .join('\n') + (diagnostics.length ? '\n' : '')
  );
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
