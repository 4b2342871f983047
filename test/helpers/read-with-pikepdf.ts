import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** What pikepdf (Debian's python3-pikepdf, independent of sbp's own readers) finds in a PDF. */
export interface PikepdfFacts {
  pages: number;
  xmp: { present: boolean; title?: string; creator?: string; language?: string; pdfuaPart?: string | null };
  pageMode: string | null;
  displayDocTitle: boolean;
  lang: string | null;
  untaggedPages: number[];
  unreachablePages: number[];
  headings: number[];
  headingSkips: number;
  types: string[];
  roleMap: Record<string, string>;
  outline: { title: string; depth: number }[];
  linksWithoutContents: number;
  elements: { type: string; alt: string | null; parent: number | null; page: number | null }[];
}

/** Read a PDF's accessibility facts with /usr/bin/python3 and pikepdf (test/helpers/read-pdf-accessibility.py). */
export function readWithPikepdf(file: string): PikepdfFacts {
  const script = path.join(import.meta.dirname, 'read-pdf-accessibility.py');
  return JSON.parse(execFileSync('/usr/bin/python3', [script, file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}
