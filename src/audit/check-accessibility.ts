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
