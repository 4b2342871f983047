import type { Schema } from 'hast-util-sanitize';

/**
 * What HTML a meeting paper (or minutes text, or an agenda description) may contain once rehype-sanitize
 * has run: the formatting a council paper needs, and nothing that can run, load or restyle anything.
 * Everything not listed is removed; the elements in `strip` are removed together with their content.
 * Images and links are checked again after sanitising (render-markdown-html.ts): an image is shown only
 * when load/ found it inside the repository, and a link keeps its href only for http(s), mailto or "#".
 */
// biome-ignore format: the allow-list reads best grouped by purpose.
export const PAPER_SCHEMA: Schema = {
  tagNames: [
    // Text and inline formatting.
    'p', 'br', 'hr', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sup', 'sub',
    'code', 'kbd', 'samp', 'var', 'q', 'cite', 'abbr',
    // Structure.
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'div', 'section',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
    // Links and images (both checked again after sanitising), task-list checkboxes.
    'a', 'img', 'input',
  ],
  attributes: {
    a: ['href', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    abbr: ['title'],
    ol: ['start', 'reversed', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: ['align', 'scope', 'colSpan', 'rowSpan'],
    td: ['align', 'colSpan', 'rowSpan'],
    // GFM footnotes: the section at the end of a paper, and its visually hidden heading.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['className', 'sr-only']],
    '*': ['id', 'lang', 'dir'],
  },
  // Links may go to web pages, e-mail or a place in the paper; images may only come from the repository.
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  required: { input: { type: 'checkbox', disabled: true } },
  ancestors: { thead: ['table'], tbody: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // Ids are prefixed, so that a paper's own ids never clash with the pack's (sec-1...) or with another paper's.
  clobber: ['id', 'ariaDescribedBy', 'ariaLabelledBy', 'name'],
  clobberPrefix: 'user-content-',
  allowComments: false,
  allowDoctypes: false,
  strip: [
    'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
    'svg', 'math', 'canvas', 'audio', 'video', 'select', 'textarea', 'button', 'title', 'head', 'noembed',
    'noframes', 'xmp', 'plaintext',
  ],
};
