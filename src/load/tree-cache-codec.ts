import type { Root } from 'mdast';

// Per node, in pre-order: start line, column, offset, end line, column, offset, then the [start, end)
// offsets of the text its `value` is a slice of (-1 when it is stored in the node, or has no value).
const SLOTS = 8;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface AnyNode {
  type: string;
  value?: unknown;
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
  children?: AnyNode[];
  [key: string]: unknown;
}

/**
 * Encode a Markdown tree of `text` for the parse cache: the tree as JSON without its positions, which go
 * into one array of 32-bit integers, and without the values that are slices of the text (most of it),
 * which are restored as slices. A third of the bytes of the v8-serialised tree, and three times faster to
 * decode (JSON.parse builds plain objects faster than v8.deserialize). Layout: JSON byte length, number
 * of integers, the JSON padded to four bytes, the integers (little-endian).
 */
export function encodeTree(tree: Root, text: string): Buffer {
  const points: number[] = [];
  const strip = (node: AnyNode): AnyNode => {
    const out: AnyNode = { type: node.type };
    for (const key of Object.keys(node)) if (key !== 'position' && key !== 'children') out[key] = node[key];
    const p = node.position;
    if (p && p.start.offset !== undefined && p.end.offset !== undefined)
      points.push(p.start.line, p.start.column, p.start.offset, p.end.line, p.end.column, p.end.offset);
    else points.push(-1, -1, -1, -1, -1, -1);
    const slice = typeof node.value === 'string' && p ? findSlice(text, node.value, p.start.offset, p.end.offset) : -1;
    if (slice >= 0) {
      delete out.value;
      points.push(slice, slice + (node.value as string).length);
    } else points.push(-1, -1);
    if (node.children) out.children = node.children.map(strip);
    return out;
  };
  const json = Buffer.from(JSON.stringify(strip(tree as unknown as AnyNode)), 'utf8');
  const padded = Math.ceil(json.length / 4) * 4;
  const bytes = Buffer.alloc(8 + padded + points.length * 4);
  bytes.writeUInt32LE(json.length, 0);
  bytes.writeUInt32LE(points.length, 4);
  json.copy(bytes, 8);
  for (let i = 0; i < points.length; i++) bytes.writeInt32LE(points[i], 8 + padded + i * 4);
  return bytes;
}

/** Decode what encodeTree made from the same text; throws on bytes that are not such a tree. */
export function decodeTree(bytes: Uint8Array, text: string): Root {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = buffer.readUInt32LE(0);
  const count = buffer.readUInt32LE(4);
  const start = 8 + Math.ceil(jsonLength / 4) * 4;
  if (start + count * 4 !== buffer.length) throw new Error('not an encoded tree');
  const tree = JSON.parse(buffer.toString('utf8', 8, 8 + jsonLength)) as AnyNode;
  if (tree?.type !== 'root') throw new Error('not an encoded tree');
  // Read the integers in place when aligned (they are, in a pack read whole), else from a copy.
  const at = buffer.byteOffset + start;
  const points =
    LITTLE_ENDIAN && at % 4 === 0
      ? new Int32Array(buffer.buffer, at, count)
      : Int32Array.from({ length: count }, (_, k) => buffer.readInt32LE(start + k * 4));
  let i = 0;
  const restore = (node: AnyNode) => {
    if (points[i] >= 0)
      node.position = {
        start: { line: points[i], column: points[i + 1], offset: points[i + 2] },
        end: { line: points[i + 3], column: points[i + 4], offset: points[i + 5] },
      };
    if (points[i + 6] >= 0) {
      if (points[i + 7] > text.length) throw new Error('a value outside the text');
      node.value = text.slice(points[i + 6], points[i + 7]);
    }
    i += SLOTS;
    if (node.children) for (const child of node.children) restore(child);
  };
  restore(tree);
  if (i !== points.length) throw new Error('the tree and its positions disagree');
  return tree as Root;
}

/** Where `value` stands in text[start, end), as the node's own source or within it (yaml, code); -1 if not. */
function findSlice(text: string, value: string, start: number | undefined, end: number | undefined): number {
  if (start === undefined || end === undefined || value.length === 0) return -1;
  if (end - start === value.length && text.startsWith(value, start)) return start;
  const at = text.indexOf(value, start);
  return at !== -1 && at + value.length <= end ? at : -1;
}
