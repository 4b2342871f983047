import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RootContent } from 'mdast';
import { renderMarkdownHtml } from '../render-markdown-html.js';
import { linkTo, sitePaths } from './site-paths.js';

/** Images the site's pages show, by repository path: the site copies exactly these files. */
export type ImageSet = Set<string>;

/**
 * Markdown nodes → HTML for a site page, through the same renderer as the PDFs. The renderer points
 * images at the repository (file: URLs, for Chromium); on the web they point at the copy under files/.
 */
export function renderSiteMarkdown(
  nodes: readonly RootContent[],
  options: { root: string; file: string; page: string; headingOffset: number; images: ImageSet },
): string {
  const html = renderMarkdownHtml(nodes, {
    root: options.root,
    file: options.file,
    headingOffset: options.headingOffset,
    notes: [],
  });
  return html.replace(/(\ssrc=")(file:[^"]*)"/g, (_whole, lead: string, url: string) => {
    const rel = toRepositoryPath(options.root, url.replace(/&amp;/g, '&'));
    if (rel === undefined) return `${lead}"`;
    options.images.add(rel);
    return `${lead}${linkTo(options.page, sitePaths.file(rel))}"`;
  });
}

function toRepositoryPath(root: string, url: string): string | undefined {
  try {
    const rel = path.relative(root, fileURLToPath(url)).split(path.sep).join('/');
    return rel.startsWith('../') || path.isAbsolute(rel) ? undefined : rel;
  } catch {
    return undefined;
  }
}
