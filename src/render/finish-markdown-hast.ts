import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import type { ImageStatus } from '../model/model-types.js';
import { resolveImageUrl } from '../parse/resolve-image-url.js';
import type { ImageProblem } from '../validate/describe-image-problem.js';

/** An image the renderer did not show, and why (build turns these into warnings). */
export interface RenderNote {
  kind: ImageProblem;
  /** The Markdown file, relative to the repository. */
  file: string;
  url: string;
  line?: number;
  column?: number;
}

/** A Markdown image of the tree being rendered, found by the offset of its "![" (raw HTML can never stand there). */
export interface MarkdownImage {
  url: string;
  alt: string;
  line: number;
  column: number;
}

/** What the trusted steps after sanitising need to know. */
export interface FinishOptions {
  root: string;
  file: string;
  headingOffset: number;
  notes: RenderNote[];
  status: ReadonlyMap<string, ImageStatus>;
  markdownImages: ReadonlyMap<number, MarkdownImage>;
  /** Replaces the sanitiser's "user-content-" on ids, and goes before every "#" link, so fragments stay apart. */
  idPrefix: string;
}

const WHY: Record<ImageProblem, string> = {
  remote: 'remote images are not included',
  outside: 'the image is outside the meetings repository',
  'linked-outside': 'the image is outside the meetings repository',
  missing: 'the image file does not exist',
  html: 'images must be written in Markdown',
};

/**
 * The trusted steps, on the sanitised tree: headings below the pack's own, images shown only when load/
 * found them in the repository (else a visible placeholder with the alt text), links only to the web,
 * e-mail or a place in the same fragment, council table styling, and ids unique to the fragment.
 */
export function finishMarkdownHast(tree: Root, options: FinishOptions): void {
  const firstNote = options.notes.length;
  const parents: (Root | Element)[] = [tree];
  while (parents.length > 0) {
    const parent = parents.pop()!;
    const pending = [...(parent.children as ElementContent[])].reverse();
    const done: ElementContent[] = [];
    while (pending.length > 0) {
      const node = pending.pop()!;
      const finished = node.type === 'element' ? finishElement(node, options) : node;
      // An unwrapped element's children take its place, and are finished in turn.
      if (Array.isArray(finished)) for (let i = finished.length - 1; i >= 0; i--) pending.push(finished[i]);
      else done.push(finished);
    }
    parent.children = done;
    for (let i = done.length - 1; i >= 0; i--) if (done[i].type === 'element') parents.push(done[i] as Element);
  }
  // Notes in the order of the text, as sbp check reports the same images.
  const added = options.notes
    .splice(firstNote)
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  options.notes.push(...added);
}

function finishElement(element: Element, options: FinishOptions): Element | ElementContent[] {
  const props = element.properties;
  if (typeof props.id === 'string') props.id = props.id.replace(/^user-content-/, options.idPrefix);
  if (Array.isArray(props.ariaDescribedBy))
    props.ariaDescribedBy = props.ariaDescribedBy.map((id) => String(id).replace(/^user-content-/, options.idPrefix));
  const heading = /^h([1-6])$/.exec(element.tagName);
  if (heading) element.tagName = `h${Math.min(6, Number(heading[1]) + options.headingOffset)}`;
  if (element.tagName === 'img') return showImage(element, options);
  // Only task lists make checkboxes (they have no source position); an <input> written as HTML goes.
  if (element.tagName === 'input' && element.position) return [];
  if (element.tagName === 'a') {
    const href = typeof props.href === 'string' ? props.href : '';
    if (href.startsWith('#')) props.href = `#${options.idPrefix}${href.slice(1)}`;
    else if (!/^(https?:|mailto:)/i.test(href)) return element.children;
  }
  if (element.tagName === 'table') {
    const firstRow = findFirst(element, 'tr');
    const columns = firstRow ? firstRow.children.filter((c) => c.type === 'element').length : 0;
    // Wide tables shrink their type so that nothing is clipped at the page edge.
    props.className = ['md-table', ...(columns > 8 ? ['table-wide'] : columns > 5 ? ['table-broad'] : [])];
  }
  if (element.tagName === 'thead')
    for (const row of element.children)
      if (row.type === 'element')
        for (const cell of row.children)
          if (cell.type === 'element' && cell.tagName === 'th') cell.properties.scope = 'col';
  if ((element.tagName === 'th' || element.tagName === 'td') && typeof props.align === 'string') {
    // A class, not the align attribute: the stylesheet's own text-align would win over the attribute.
    props.className = [`align-${props.align}`];
    delete props.align;
  }
  return element;
}

function showImage(element: Element, options: FinishOptions): Element {
  const image = element.position ? options.markdownImages.get(element.position.start.offset ?? -1) : undefined;
  const alt = image?.alt ?? String(element.properties.alt ?? '');
  const at = image ?? element.position?.start;
  const note = (kind: ImageProblem, url: string) => {
    options.notes.push({ kind, file: options.file, url, line: at?.line, column: at?.column });
    return placeholder(alt, WHY[kind]);
  };
  if (!image) return note('html', String(element.properties.src ?? ''));
  const target = resolveImageUrl(image.url, options.file);
  if (target.kind !== 'local') return note(target.kind, image.url);
  const found = options.status.get(target.path);
  if (found !== 'found') return note(found === 'outside' ? 'linked-outside' : 'missing', target.path);
  const src = pathToFileURL(path.join(options.root, ...target.path.split('/'))).href;
  return { type: 'element', tagName: 'img', properties: { src, alt }, children: [] };
}

function placeholder(alt: string, why: string): Element {
  const text = `[Image${alt ? ` "${alt}"` : ''} not shown: ${why}]`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['image-missing'], role: 'img', ariaLabel: alt || 'image not shown' },
    children: [{ type: 'text', value: text }],
  };
}

function findFirst(element: Element, tagName: string): Element | undefined {
  const stack: ElementContent[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== 'element') continue;
    if (node.tagName === tagName) return node;
    stack.unshift(...node.children);
  }
  return undefined;
}
