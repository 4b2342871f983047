import { checkAnnotations } from './check-annotations.js';
import { checkDocument } from './check-document.js';
import { checkFonts } from './check-fonts.js';
import { checkMarkedContent } from './check-marked-content.js';
import { checkOutline, type ExpectedBookmark } from './check-outline.js';
import type { CheckResult } from './check-result.js';
import { checkStructure } from './check-structure.js';
import { collectStructure } from './collect-structure.js';
import { readAuditPdf } from './read-audit-pdf.js';

/** Every machine check run on one PDF, and whether all passed. */
export interface AccessibilityReport {
  passed: boolean;
  pages: number;
  checks: CheckResult[];
}

/** What the document is expected to hold besides PDF/UA itself: its bookmarks. */
export interface AccessibilityExpectations {
  bookmarks?: readonly ExpectedBookmark[];
}

/**
 * Run the machine-checkable part of PDF/UA-1 (the Matterhorn Protocol's machine checks that sbp's documents can
 * fail) on PDF bytes. Pure: reads the bytes with @cantoo/pdf-lib, never writes. What needs a person (reading
 * order, meaningful alternate text, colour contrast...) is listed in README.
 */
export async function checkAccessibility(
  bytes: Uint8Array,
  expectations: AccessibilityExpectations = {},
): Promise<AccessibilityReport> {
  const pdf = await readAuditPdf(bytes);
  const structure = collectStructure(pdf);
  const checks = [
    ...checkDocument(pdf),
    ...checkStructure(pdf, structure),
    ...checkMarkedContent(pdf, structure),
    ...checkAnnotations(pdf, structure),
    checkFonts(pdf),
    checkOutline(pdf, expectations.bookmarks),
  ];
  return { passed: checks.every((c) => c.passed), pages: pdf.pages.length, checks };
}

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
