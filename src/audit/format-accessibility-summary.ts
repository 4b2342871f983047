import type { AccessibilityReport } from './check-accessibility.js';

/** A short text summary of a report: one line, then one line per failed check with its pages and first notes. */
export function formatAccessibilitySummary(file: string, report: AccessibilityReport): string {
  const failed = report.checks.filter((c) => !c.passed);
  const head = `${failed.length === 0 ? '✔' : '✖'} ${file}: ${report.checks.length - failed.length} of ${report.checks.length} PDF/UA-1 machine checks pass`;
  const lines = failed.map((c) => {
    const ref = [...c.matterhorn, c.clause].join(', ');
    const pages = c.pages.length > 0 ? ` on page${c.pages.length > 1 ? 's' : ''} ${formatPages(c.pages)}` : '';
    return `  ✖ ${c.id} (${ref}): ${c.title}: ${c.failures} failure${c.failures === 1 ? '' : 's'}${pages}\n${c.notes.map((n) => `      ${n}`).join('\n')}`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}

function formatPages(pages: readonly number[]): string {
  const shown = pages.slice(0, 12).join(', ');
  return pages.length > 12 ? `${shown} and ${pages.length - 12} more` : shown;
}
