import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RenderNote } from '../render/render-markdown-html.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** Diagnostics for images the renderer left out or that do not exist. */
export function describeNotes(root: string, notes: readonly RenderNote[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const note of notes) {
    const at = { file: note.file, line: note.line ?? 1, column: note.column ?? 1, severity: 'warning' as const };
    if (note.kind === 'image-remote')
      out.push({
        ...at,
        code: 'image-refused',
        message: `remote image ${note.url} is not included`,
        hint: 'Save the image in the repository and link it by its path.',
      });
    else if (note.kind === 'image-outside')
      out.push({
        ...at,
        code: 'image-refused',
        message: `image ${note.url} is outside the meetings repository and is not included`,
        hint: 'Copy the image into the repository.',
      });
    else if (note.kind === 'image-local') {
      const resolved = resolveRepositoryPath(root, note.url);
      if (resolved.ok) continue;
      if (resolved.reason === 'missing')
        out.push({
          ...at,
          code: 'image-missing',
          message: `image ${note.url} does not exist: the PDF shows its alt text instead`,
          hint: 'Check the path, relative to the Markdown file.',
        });
      else
        out.push({
          ...at,
          code: 'image-refused',
          message: `image ${note.url} is not included: ${resolved.message}`,
          hint: 'Copy the image into the repository instead of linking to it.',
        });
    }
  }
  return out;
}
