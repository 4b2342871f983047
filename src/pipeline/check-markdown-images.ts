import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkImagePath } from '../load/check-image-path.js';
import type { ImageIndex, ImageStatus } from '../model/model-types.js';
import { resolveImageUrl } from '../parse/resolve-image-url.js';
import type { ImageUse } from '../validate/check-markdown-tree.js';
import { describeImageProblem } from '../validate/describe-image-problem.js';

/**
 * Look up every image the Markdown names: remote ones and paths above the repository are refused at once,
 * the others are looked up on disk (once each) by load/. The findings are warnings; the index is what
 * render is told.
 */
export function checkMarkdownImages(
  root: string,
  images: ReadonlyMap<string, readonly ImageUse[]>,
): { index: ImageIndex; diagnostics: Diagnostic[] } {
  const status = new Map<string, ImageStatus>();
  const byFile = new Map<string, string[]>();
  const diagnostics: Diagnostic[] = [];
  for (const [file, uses] of images) {
    const paths = new Set<string>();
    for (const use of uses) {
      const at = { file, line: use.line, column: use.column };
      const target = resolveImageUrl(use.url, file);
      if (target.kind !== 'local') {
        diagnostics.push(describeImageProblem(target.kind, use.url, at));
        continue;
      }
      paths.add(target.path);
      let found = status.get(target.path);
      if (found === undefined) {
        found = checkImagePath(root, target.path);
        status.set(target.path, found);
      }
      if (found === 'missing') diagnostics.push(describeImageProblem('missing', target.path, at));
      if (found === 'outside') diagnostics.push(describeImageProblem('linked-outside', use.url, at));
    }
    if (paths.size > 0) byFile.set(file, [...paths].sort());
  }
  return { index: { status, byFile }, diagnostics };
}
