import type { Nodes, Root } from 'mdast';
import { isScalar, Scalar } from 'yaml';
import { createSourceFile, locateOffset, type Position } from '../diagnostics/source-file.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { checkMarkdownTree } from '../validate/check-markdown-tree.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import type { CheckState } from './check-state.js';
import type { TreeSource } from './create-tree-source.js';

/**
 * Parse every item's description (a YAML string) as Markdown, once, and check it as build will render it.
 * Its nodes' lines and columns are moved into the meeting file: exactly for a block scalar (`|`), at the
 * value's start otherwise. Offsets stay the description's own.
 */
export async function parseDescriptions(
  file: string,
  front: MeetingFrontMatter,
  state: CheckState,
  trees: TreeSource,
): Promise<Map<string, Root>> {
  const found = new Map<string, Root>();
  const yaml = state.yamlSources.get(file);
  const places = front.items.flatMap((item, i) => [
    { text: item.description, path: ['items', i, 'description'] },
    ...item.items.map((sub, j) => ({ text: sub.description, path: ['items', i, 'items', j, 'description'] })),
  ]);
  for (const { text, path } of places) {
    if (text === undefined || found.has(text) || !yaml) continue;
    const tree = await trees.treeOf(text);
    const move = mapIntoFile(yaml, path);
    const checked = checkMarkdownTree(createSourceFile(file, text), tree);
    for (const d of checked.diagnostics) {
      const end = move({ line: d.endLine ?? d.line, column: d.endColumn ?? d.column });
      state.diagnostics.push({ ...d, ...move(d), endLine: end.line, endColumn: end.column });
    }
    const images = state.images?.get(file) ?? [];
    for (const image of checked.images) images.push({ ...image, ...move(image) });
    state.images?.set(file, images);
    movePositions(tree, move);
    found.set(text, tree);
  }
  return found;
}

/** How a line and column of the description's text map to the meeting file. */
function mapIntoFile(yaml: YamlSource, path: (string | number)[]): (point: Position) => Position {
  const node = yaml.doc.getIn(path, true);
  const start = isScalar(node) && node.range ? node.range[0] : 0;
  const at = locateOffset(yaml.file, yaml.offset + start);
  if (!isScalar(node) || node.type !== Scalar.BLOCK_LITERAL) return () => at;
  // A literal block's text is its lines below the "|" header, less the indentation of its first line.
  const text = yaml.file.text;
  let line = text.indexOf('\n', yaml.offset + start) + 1;
  while (line > 0 && line < text.length && /^[ \t]*\r?\n/.test(text.slice(line, line + 200)))
    line = text.indexOf('\n', line) + 1;
  const indent = /^ */.exec(text.slice(line, line + 200))![0].length;
  return (point) => ({ line: at.line + point.line, column: point.column + indent });
}

function movePositions(tree: Root, move: (point: Position) => Position): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start = { ...node.position.start, ...move(node.position.start) };
      node.position.end = { ...node.position.end, ...move(node.position.end) };
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
