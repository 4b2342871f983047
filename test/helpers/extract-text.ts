import { execFileSync } from 'node:child_process';
import path from 'node:path';

const PDF_STRINGS = path.join(import.meta.dirname, 'pdf-strings.py');

/**
 * Everything a reader of a PDF can get as text: the text of every page (pdftotext) and every string
 * object, decoded (metadata, bookmarks, tags' alternative text), through pikepdf.
 */
export function extractPdfText(file: string): string {
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const strings = execFileSync('/usr/bin/python3', [PDF_STRINGS, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return `${pages}\n${strings}`;
}

/** The text of one page of a PDF, laid out as on the page (pdftotext -layout -f N -l N). */
export function extractPdfPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

/** The number of pages of a PDF (pdfinfo). */
export function countPdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** The text content of an HTML document: tags, comments and style sheets out, entities decoded. */
export function extractHtmlText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
      return String.fromCodePoint(
        code[1].toLowerCase() === 'x' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    });
}

/** Text folded for searching: lower case, with no white space or soft hyphens (a word broken over lines is found). */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/[\s\u00ad]+/g, '');
}
