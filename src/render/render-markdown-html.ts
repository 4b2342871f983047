import type { Root as HastRoot } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ImageStatus } from '../model/model-types.js';
import { finishMarkdownHast, type MarkdownImage, type RenderNote } from './finish-markdown-hast.js';
import { PAPER_SCHEMA } from './paper-sanitize-schema.js';

export type { RenderNote };

/** Where a Markdown fragment lives and what load/ found, for resolving its images; notes collect what was left out. */
export interface MarkdownContext {
  /** Absolute path of the meetings repository. */
  root: string;
  /** The Markdown file, relative to the repository (forward slashes); images resolve from its folder. */
  file: string;
  /** Added to heading levels so that a paper's "#" sits below the pack's own headings. */
  headingOffset: number;
  notes: RenderNote[];
  /** What load/ found at each image path (the repository's `images.status`); without it no image is shown. */
  images?: ReadonlyMap<string, ImageStatus>;
  /** Link and footnote definitions the nodes may use besides their own (the minutes', for one item's text). */
  definitions?: readonly RootContent[];
}

// mdast → hast keeping raw HTML, which rehype-raw then parses as a browser would, before the sanitiser runs.
const toSafeHast = unified()
  // "↑" rather than GFM's "↩", which Arial and Liberation Sans lack (Chromium would embed a Type 3 fallback).
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', footnoteBackContent: '↑' })
  .use(rehypeRaw)
  .use(rehypeSanitize, PAPER_SCHEMA)
  .freeze();
// The same without rehype-raw, for nodes that do not need it (needsRawPass): re-parsing the whole tree through
// parse5 is most of the cost of rendering, and for them it gives the same HTML. The sanitiser runs all the same.
const toSafeHastWithoutRaw = unified()
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', footnoteBackContent: '↑' })
  .use(rehypeSanitize, PAPER_SCHEMA)
  .freeze();
const toHtml = unified().use(rehypeStringify).freeze();

/**
 * Markdown nodes → sanitised hast, on their own: remark-rehype, rehype-raw, rehype-sanitize with the
 * paper schema, then the trusted steps (headings, images, links, tables, ids). Whatever the nodes leave
 * open (an unclosed <b>) closes at their end, so nothing reaches the next fragment.
 */
export function renderMarkdownHast(nodes: readonly RootContent[], context: MarkdownContext): HastRoot {
  const tree: Root = { type: 'root', children: [...nodes, ...(context.definitions ?? [])] };
  const hast = (needsRawPass(tree) ? toSafeHast : toSafeHastWithoutRaw).runSync(tree) as HastRoot;
  finishMarkdownHast(hast, {
    ...context,
    status: context.images ?? new Map(),
    markdownImages: collectImages(tree),
    idPrefix: `md-${context.file.replace(/[^A-Za-z0-9]+/g, '-')}-${nodes[0]?.position?.start.offset ?? 0}-`,
  });
  return hast;
}

/** Markdown nodes → sanitised HTML (see renderMarkdownHast); nothing for no nodes. */
export function renderMarkdownHtml(nodes: readonly RootContent[], context: MarkdownContext): string {
  if (nodes.length === 0) return '';
  // A pack is built for both audiences from the same trees: each fragment is rendered once per context.
  const key = describeContext(nodes, context);
  let byContext = rendered.get(nodes[0]);
  if (!byContext) {
    byContext = new Map();
    rendered.set(nodes[0], byContext);
  }
  let done = byContext.get(key);
  if (!done) {
    const notes: RenderNote[] = [];
    done = { html: toHtml.stringify(renderMarkdownHast(nodes, { ...context, notes })), notes };
    byContext.set(key, done);
  }
  context.notes.push(...done.notes.map((note) => ({ ...note })));
  return done.html;
}

const rendered = new WeakMap<RootContent, Map<string, { html: string; notes: RenderNote[] }>>();
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** What a rendering depends on besides its first node: every node and object by identity, and the values. */
function describeContext(nodes: readonly RootContent[], context: MarkdownContext): string {
  const objects: object[] = [...nodes, context.images ?? identities, context.definitions ?? identities];
  const ids = objects.map((object) => {
    let id = identities.get(object);
    if (id === undefined) {
      id = nextIdentity++;
      identities.set(object, id);
    }
    return id;
  });
  return JSON.stringify([ids, context.root, context.file, context.headingOffset]);
}

/**
 * Whether the nodes need rehype-raw: raw HTML (mdast `html`), which only it can read, or footnotes, whose
 * attributes and spacing it writes differently (`data-footnotes=""`), kept as they always printed.
 */
function needsRawPass(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'html' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return true;
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return false;
}

/** The tree's images, inline and by reference, by the offset where each starts. */
function collectImages(tree: Root): Map<number, MarkdownImage> {
  const definitions = new Map<string, string>();
  const images: { node: Nodes; url?: string; identifier?: string; alt: string }[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if (node.type === 'image') images.push({ node, url: node.url, alt: node.alt ?? '' });
    else if (node.type === 'imageReference') images.push({ node, identifier: node.identifier, alt: node.alt ?? '' });
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  const found = new Map<number, MarkdownImage>();
  for (const { node, url, identifier, alt } of images) {
    const start = node.position?.start;
    const target = url ?? (identifier === undefined ? undefined : definitions.get(identifier));
    if (start?.offset !== undefined && target !== undefined)
      found.set(start.offset, { url: target, alt, line: start.line, column: start.column });
  }
  return found;
}
