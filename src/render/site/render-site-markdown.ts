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
  options: { root: string; file: string; page: string; parentLevel: number; images: ImageSet },
): string {
  const html = renderMarkdownHtml(levelHeadings(nodes, options.parentLevel + 1), {
    root: options.root,
    file: options.file,
    headingOffset: 0,
    notes: [],
  });
  return html.replace(/(\ssrc=")(file:[^"]*)"/g, (_whole, lead: string, url: string) => {
    const rel = toRepositoryPath(options.root, url.replace(/&amp;/g, '&'));
    if (rel === undefined) return `${lead}"`;
    options.images.add(rel);
    return `${lead}${linkTo(options.page, sitePaths.file(rel))}"`;
  });
}

/**
 * Headings as a screen reader walks them: the shallowest becomes `first` (the level below the page's
 * own heading), and none skips a level after the one before it, whatever the author typed.
 */
function levelHeadings(nodes: readonly RootContent[], first: number): RootContent[] {
  const depths = nodes.filter((n) => n.type === 'heading').map((n) => n.depth);
  if (depths.length === 0) return [...nodes];
  const shift = first - Math.min(...depths);
  let previous = first - 1;
  return nodes.map((node) => {
    if (node.type !== 'heading') return node;
    const depth = Math.min(6, Math.max(first, Math.min(node.depth + shift, previous + 1))) as 1 | 2 | 3 | 4 | 5 | 6;
    previous = depth;
    return { ...node, depth };
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
