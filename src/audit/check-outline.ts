import { PDFDict, PDFName, type PDFObject } from '@cantoo/pdf-lib';
import { type CheckResult, type Failure, resultOf } from './check-result.js';
import { type AuditPdf, dictAt, entry, listOf, resolve, textValue } from './read-audit-pdf.js';

/** A bookmark the document should have: its title and the bookmarks nested under it. */
export interface ExpectedBookmark {
  title: string;
  children?: ExpectedBookmark[];
}

/** One bookmark read from the PDF, with its depth (0 at the top) and whether it leads anywhere. */
export interface Bookmark {
  title: string;
  depth: number;
  page?: number;
}

/** The bookmarks (outline) of a PDF, depth-first. */
export function readBookmarks(pdf: AuditPdf): Bookmark[] {
  const found: Bookmark[] = [];
  const visit = (first: PDFObject | undefined, depth: number) => {
    let item = resolve(pdf, first);
    for (let guard = 0; item instanceof PDFDict && guard < 10_000 && depth < 32; guard++) {
      const dict = item;
      const dest = entry(pdf, dict, 'Dest') ?? entry(pdf, dictAt(pdf, dict, 'A'), 'D');
      const target = listOf(pdf, dest)[0];
      found.push({ title: textValue(entry(pdf, dict, 'Title')) ?? '', depth, page: pdf.pageNumber(target) });
      visit(dict.get(PDFName.of('First')), depth + 1);
      item = resolve(pdf, dict.get(PDFName.of('Next')));
    }
  };
  visit(dictAt(pdf, pdf.catalog, 'Outlines')?.get(PDFName.of('First')), 0);
  return found;
}

/** Bookmarks exist, each leads to a page, and (when given) they equal the expected ones, nesting and spacing included. */
export function checkOutline(pdf: AuditPdf, expected?: readonly ExpectedBookmark[]): CheckResult {
  const bookmarks = readBookmarks(pdf);
  const failures: Failure[] = [];
  if (bookmarks.length === 0) failures.push({ note: 'the document has no bookmarks' });
  for (const b of bookmarks)
    if (b.page === undefined) failures.push({ note: `the bookmark "${b.title}" leads to no page` });
  if (expected) {
    const want = flatten(expected, 0);
    const got = bookmarks.map((b) => `${'  '.repeat(b.depth)}${b.title}`);
    const length = Math.max(want.length, got.length);
    for (let i = 0; i < length; i++) {
      if (want[i] !== got[i])
        failures.push({
          note: `bookmark ${i + 1} is ${got[i] ? `"${got[i].trim()}"` : 'missing'}, expected ${want[i] ? `"${want[i].trim()}"` : 'none'}${want[i] && got[i] && want[i].trim() === got[i].trim() ? ' (at another level)' : ''}`,
        });
    }
  }
  return resultOf(
    {
      id: 'bookmarks',
      matterhorn: [],
      clause: 'WCAG 2.4.5 (PDF2)',
      title: 'bookmarks equal the agenda (or the minutes), each leading to its page',
    },
    bookmarks.length,
    failures,
  );
}

function flatten(items: readonly ExpectedBookmark[], depth: number): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth)}${item.title}`, ...flatten(item.children ?? [], depth + 1)]);
}
