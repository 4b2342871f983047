import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Nodes, Parents, RootContent, Table } from 'mdast';
import { escapeHtml } from './escape-html.js';

/** Something the renderer left out of a paper, for a diagnostic. */
export interface RenderNote {
  kind: 'image-remote' | 'image-outside' | 'image-local';
  /** The Markdown file, relative to the repository. */
  file: string;
  url: string;
  line?: number;
  column?: number;
}

/** Where a Markdown document lives, for resolving its images; notes collect what was refused. */
export interface MarkdownContext {
  /** Absolute path of the meetings repository. */
  root: string;
  /** The Markdown file, relative to the repository (forward slashes); images resolve from its folder. */
  file: string;
  /** Added to heading levels so that a paper's "#" sits below the pack's own headings. */
  headingOffset: number;
  notes: RenderNote[];
}

// Raw HTML that is kept: plain formatting tags without attributes. Everything else is shown as text.
const ALLOWED_TAG = /^<\/?(sup|sub|br|b|i|u|strong|em|p)\s*\/?>$/i;

/** Markdown nodes → sanitised HTML: no script, no raw HTML beyond a few inline tags, no file or image outside the repository. */
export function renderMarkdownHtml(nodes: readonly RootContent[], context: MarkdownContext): string {
  return nodes.map((node) => renderNode(node, context)).join('');
}

function children(node: Parents, context: MarkdownContext): string {
  return renderMarkdownHtml(node.children as RootContent[], context);
}

function renderNode(node: Nodes, context: MarkdownContext): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${children(node, context)}</p>\n`;
    case 'heading': {
      const level = Math.min(6, node.depth + context.headingOffset);
      return `<h${level}>${children(node, context)}</h${level}>\n`;
    }
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node, context)}</em>`;
    case 'strong':
      return `<strong>${children(node, context)}</strong>`;
    case 'delete':
      return `<del>${children(node, context)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'code':
      return `<pre><code>${escapeHtml(node.value)}</code></pre>\n`;
    case 'break':
      return '<br>';
    case 'thematicBreak':
      return '<hr>\n';
    case 'blockquote':
      return `<blockquote>${children(node, context)}</blockquote>\n`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start != null && node.start !== 1 ? ` start="${node.start}"` : '';
      return `<${tag}${start}>${children(node, context)}</${tag}>\n`;
    }
    case 'listItem':
      return `<li>${node.checked == null ? '' : node.checked ? '☑ ' : '☐ '}${unwrapTight(node, context)}</li>\n`;
    case 'table':
      return renderTable(node, context);
    case 'link':
      return /^(https?:|mailto:)/i.test(node.url)
        ? `<a href="${escapeHtml(node.url)}">${children(node, context)}</a>`
        : children(node, context);
    case 'image':
      return renderImage(node.url, node.alt ?? '', node.position?.start, context);
    case 'html':
      return node.value
        .split(/(<[^<>]*>)/)
        .map((part) =>
          ALLOWED_TAG.test(part)
            ? part
                .toLowerCase()
                .replace(/^<p\s*\/?>$/, '<br>')
                .replace(/^<\/p>$/, '<br>')
            : escapeHtml(part),
        )
        .join('');
    default:
      // yaml front matter, definitions, footnotes and references print nothing.
      return 'children' in node ? children(node as Parents, context) : '';
  }
}

function unwrapTight(node: Parents & { spread?: boolean | null }, context: MarkdownContext): string {
  if (node.spread) return children(node, context);
  return (node.children as RootContent[])
    .map((child) => (child.type === 'paragraph' ? children(child, context) : renderNode(child, context)))
    .join('');
}

function renderTable(table: Table, context: MarkdownContext): string {
  const [head, ...body] = table.children;
  const columns = head?.children.length ?? 0;
  const align = (i: number) => (table.align?.[i] ? ` class="align-${table.align[i]}"` : '');
  const headRow = head
    ? `<tr>${head.children.map((c, i) => `<th scope="col"${align(i)}>${children(c, context)}</th>`).join('')}</tr>`
    : '';
  const bodyRows = body
    .map((row) => `<tr>${row.children.map((c, i) => `<td${align(i)}>${children(c, context)}</td>`).join('')}</tr>`)
    .join('\n');
  // Wide tables shrink their type so that nothing is clipped at the page edge.
  const size = columns > 8 ? ' table-wide' : columns > 5 ? ' table-broad' : '';
  return `<table class="md-table${size}"><thead>${headRow}</thead><tbody>${bodyRows}</tbody></table>\n`;
}

function renderImage(
  url: string,
  alt: string,
  at: { line: number; column: number } | undefined,
  context: MarkdownContext,
): string {
  const where = { file: context.file, line: at?.line, column: at?.column };
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    context.notes.push({ kind: 'image-remote', url, ...where });
    return placeholder(alt, 'remote images are not included');
  }
  const relative = path.posix.normalize(
    path.posix.join(path.posix.dirname(context.file), decodeURIComponentSafe(url.split(/[?#]/)[0])),
  );
  if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(relative)) {
    context.notes.push({ kind: 'image-outside', url, ...where });
    return placeholder(alt, 'the image is outside the meetings repository');
  }
  context.notes.push({ kind: 'image-local', url: relative, ...where });
  const href = pathToFileURL(path.join(context.root, ...relative.split('/'))).href;
  return `<img src="${escapeHtml(href)}" alt="${escapeHtml(alt)}">`;
}

function placeholder(alt: string, why: string): string {
  return `<span class="image-missing" role="img" aria-label="${escapeHtml(alt)}">[Image${alt ? ` "${escapeHtml(alt)}"` : ''} not shown: ${why}]</span>`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
