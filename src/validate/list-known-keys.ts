import { z } from 'zod';

const cache = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The keys a schema allows at a path, read from its JSON Schema (for "did you mean"). */
export function listKnownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
    cache.set(schema, json);
  }
  const keys = new Set<string>();
  for (const node of walk(json, path)) {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) keys.add(k);
  }
  return [...keys];
}

function* walk(node: unknown, path: readonly PropertyKey[]): Generator<unknown> {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(n[key])) for (const branch of n[key] as unknown[]) yield* walk(branch, path);
  }
  if (!path.length) {
    yield n;
    return;
  }
  const [head, ...rest] = path;
  if (typeof head === 'number' && n.items) yield* walk(n.items, rest);
  const props = n.properties as Record<string, unknown> | undefined;
  if (typeof head === 'string' && props?.[head]) yield* walk(props[head], rest);
}
