import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../load/read-text-file.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import type { PrintContext } from './print-context.js';

/** Diagnostics for images the renderer left out or that do not exist. */
export function describeNotes(root: string, notes: readonly RenderNote[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const note of notes) {
    const at = { file: note.file, line: note.line ?? 1, column: note.column ?? 1, severity: 'warning' as const };
    if (note.kind === 'image-remote') out.push({ ...at, code: 'image-refused', message: `remote image ${note.url} is not included`, hint: 'Save the image in the repository and link it by its path.' });
    else if (note.kind === 'image-outside') out.push({ ...at, code: 'image-refused', message: `image ${note.url} is outside the meetings repository and is not included`, hint: 'Copy the image into the repository.' });
    else if (!existsSync(path.join(root, note.url))) out.push({ ...at, code: 'image-missing', message: `image ${note.url} does not exist: the PDF shows its alt text instead`, hint: 'Check the path, relative to the Markdown file.' });
    else if (!isInside(realpathSync(root), realpathSync(path.join(root, note.url)))) out.push({ ...at, code: 'image-refused', message: `image ${note.url} is a link to a file outside the meetings repository and is not included`, hint: 'Copy the image into the repository instead of linking to it.' });
  }
  return out;
}

/** Requests the browser refused across the run that the renderer did not already catch (e.g. url() in user CSS). */
export function describeRefusals(context: PrintContext): Diagnostic[] {
  return [...context.refused].map((url) => ({
    code: 'image-refused' as const,
    severity: 'warning' as const,
    file: 'sbp.yaml',
    line: 1,
    column: 1,
    message: `the page asked for ${url}, which was refused`,
    hint: 'Something in a template or stylesheet (e.g. url() in templates.css) names a file outside the repository or on the network; sbp loads only files inside the repository.',
  }));
}

/** The date written into PDFs: SOURCE_DATE_EPOCH when set, else the given day at midnight UTC. */
export function fixedDate(env: NodeJS.ProcessEnv, isoDay: string): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  return new Date(`${isoDay}T00:00:00Z`);
}
