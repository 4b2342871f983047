import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { locateOffset, type Span } from '../diagnostics/source-file.js';

export type { Span };

import type { YamlSource } from '../parse/parse-yaml-source.js';

/**
 * Find where a path such as ["items", 3, "resolutions", 0, "due"] stands in the YAML.
 * `pointAt: 'key'` points at the key of the last segment (for unknown keys); a path that
 * does not exist (a missing key) points at the deepest node that does.
 */
export function locateYamlPath(
  source: YamlSource,
  path: readonly PropertyKey[],
  pointAt: 'value' | 'key' = 'value',
): Span {
  let node: Node | null | undefined = source.doc.contents as Node | null;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair: Pair<unknown, unknown> | undefined = node.items.find(
        (p: Pair<unknown, unknown>) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      // A key with no value ("venue:") has a null value node: point at the key instead.
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      keyNode = undefined;
      node = node.items[segment] as Node;
    } else break;
  }
  const target = pointAt === 'key' && keyNode ? keyNode : node;
  const range = target?.range ?? [0, 0, 0];
  const start = locateOffset(source.file, source.offset + range[0]);
  const end = locateOffset(source.file, source.offset + Math.max(range[0], range[1]));
  return { ...start, endLine: end.line, endColumn: end.column };
}
