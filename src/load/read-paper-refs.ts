import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Reporter } from '../diagnostics/report-at.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import type { SourceRef } from '../model/model-types.js';
import { mapLimited } from './map-limited.js';
import { readPdfTagging } from './read-pdf-tagging.js';
import { readTextFile } from './read-text-file.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** A paper named by a meeting, and where it was named. */
export interface PaperMention {
  path: string;
  src: SourceRef;
}

/** Read every Markdown paper mentioned (once each) and check PDFs exist inside the repository and look like PDFs. */
export async function readPaperRefs(
  root: string,
  mentions: readonly PaperMention[],
  reporter: Reporter,
): Promise<SourceFile[]> {
  const unique = new Map<string, PaperMention>();
  for (const mention of mentions) {
    const normal = path.posix.normalize(mention.path.replace(/\\/g, '/'));
    if (!unique.has(normal)) unique.set(normal, mention);
  }
  // Thousands of papers: read them concurrently, each in its own few system calls.
  const files = await mapLimited([...unique], 16, ([normal, mention]) => readPaper(root, normal, mention, reporter));
  return files.filter((f): f is SourceFile => f !== undefined);
}

async function readPaper(
  root: string,
  normal: string,
  { path: rel, src }: PaperMention,
  reporter: Reporter,
): Promise<SourceFile | undefined> {
  const guarded = resolveRepositoryPath(root, path.isAbsolute(rel) ? rel : normal);
  // Papers are named from the repository root (the model keys them so): an absolute path is refused.
  const resolved =
    guarded.ok && path.isAbsolute(rel)
      ? ({
          ok: false,
          reason: 'outside',
          rel,
          message: `${rel} is an absolute path: name papers from the repository root, e.g. ${guarded.rel}`,
        } as const)
      : guarded;
  if (!resolved.ok && resolved.reason === 'missing') {
    reporter.report(
      'paper-missing',
      src,
      `paper ${normal} does not exist`,
      'Check the spelling of the path (relative to the repository root), or add the file.',
    );
    return undefined;
  }
  if (!resolved.ok) {
    reporter.report(
      resolved.reason === 'unreadable' ? 'file-unreadable' : 'path-outside-repository',
      src,
      resolved.message,
      resolved.reason === 'link-out'
        ? 'Copy the paper into the repository instead of linking to it.'
        : 'Papers must be files inside the repository: give a path relative to its root, e.g. papers/2021-12-09/report.md.',
    );
    return undefined;
  }
  const real = resolved.real;
  if (/\.pdf$/i.test(normal)) {
    const bytes = await readFile(real);
    // The PDF header may follow a few junk bytes; readers accept it within the first 1024.
    if (!bytes.subarray(0, 1024).includes('%PDF-'))
      reporter.report(
        'paper-invalid',
        src,
        `${normal} is not a PDF (it does not start with %PDF-)`,
        'Export the paper to PDF again, or give it the right extension.',
      );
    else if (!readPdfTagging(bytes))
      reporter.report(
        'paper-untagged',
        src,
        `${normal} is not a tagged PDF: in the pack it becomes one figure described by its title, and its text cannot be read out`,
        'Export it again as a tagged PDF (in Word: Save As, PDF, Options, "Document structure tags for accessibility"), or write the paper in Markdown.',
      );
    return undefined;
  }
  if (!/\.md$/i.test(normal)) {
    reporter.report(
      'paper-invalid',
      src,
      `${normal} is neither a Markdown (.md) nor a PDF (.pdf) paper`,
      'Convert the paper to PDF, or write it in Markdown.',
    );
    return undefined;
  }
  const result = await readTextFile(root, normal);
  for (const d of result.diagnostics) reporter.diagnostics.push(d);
  return result.file;
}
