import type { Nodes, Parent } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locateOffset, type SourceFile } from '../diagnostics/source-file.js';

// Nodes whose source is not literal text: what they hold is code, HTML or a resolved reference.
const NOT_TEXT = new Set([
  'inlineCode',
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
]);
const FULL_REFERENCE = /(!?)\[([^[\]\n]{0,300})\]\[([^[\]\n]{0,300})\]/g;
const FOOTNOTE = /\[\^([^[\]\s]{1,100})\](?!:)/g;

/**
 * References left as literal text in a paragraph, heading or table cell (micromark keeps `[text][label]`,
 * `![alt][label]`, `[text][]` and `[^note]` as text when the definition is missing), found in the source
 * of its text with code, HTML, links and escaped brackets blanked out. Shortcut `[text]` is ordinary prose.
 */
export function findUndefinedReferences(source: SourceFile, container: Parent): Diagnostic[] {
  const start = container.position?.start.offset;
  const end = container.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const raw = source.text.slice(start, end);
  if (!raw.includes('[')) return [];
  const text = blankNonText(raw, start, container).replace(/\\[\s\S]/g, '  ');
  const found: Diagnostic[] = [];
  const at = (index: number) => ({ file: source.path, ...locateOffset(source, start + index) });
  for (const match of text.matchAll(FULL_REFERENCE)) {
    const [, bang, inner, written] = match;
    const label = written === '' ? inner : written;
    const shown = `${bang}[${shorten(inner)}][${shorten(written)}]`;
    found.push({
      code: 'reference-undefined',
      severity: 'warning',
      ...at(match.index),
      message: `the ${bang ? 'image reference' : 'reference'} ${shown} has no definition "[${shorten(label)}]: ...", so it prints as plain text`,
      hint: bang
        ? `Add a line "[${shorten(label)}]: path/to/image.png" to the file, or write the image inline: ![alt text](path/to/image.png).`
        : `Add a line "[${shorten(label)}]: https://..." to the file, or write the link inline: [text](https://...).`,
    });
  }
  for (const match of text.matchAll(FOOTNOTE)) {
    found.push({
      code: 'reference-undefined',
      severity: 'warning',
      ...at(match.index),
      message: `the footnote [^${shorten(match[1])}] has no definition "[^${shorten(match[1])}]: ...", so it prints as plain text`,
      hint: `Add the note on a line of its own, e.g. at the end of the file: [^${shorten(match[1])}]: The text of the note.`,
    });
  }
  return found;
}

/** The container's source with every non-text descendant replaced by spaces (offsets kept). */
function blankNonText(raw: string, start: number, container: Parent): string {
  const ranges: [number, number][] = [];
  const stack: Nodes[] = (container.children as Nodes[]).slice();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (NOT_TEXT.has(node.type) && from !== undefined && to !== undefined) ranges.push([from - start, to - start]);
    else if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  if (ranges.length === 0) return raw;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    out += raw.slice(at, from) + ' '.repeat(to - from);
    at = to;
  }
  return out + raw.slice(at);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
