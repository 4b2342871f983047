import type { z } from 'zod';

/** Repairs tried before giving up: each round fixes what the previous one's issues point at. */
const MAX_ROUNDS = 6;

/** Values that stand in for a required key that is missing or unusable, so the rest can still be checked. */
const STAND_INS: Record<string, unknown> = {
  status: 'draft-agenda',
  time: '10:00',
  title: 'Untitled item',
  text: 'text to be written',
  paragraph: 3,
  name: 'Unnamed',
};

/**
 * A best-effort reading of front matter that failed its schema, so the model's checks still run on
 * everything else and the clerk sees every fault of the file in one run. Pure. Unknown keys are dropped;
 * a single value where a list belongs becomes a list of one, a number where text belongs becomes text;
 * any other bad optional value is dropped and a bad required one replaced by a neutral stand-in
 * (`fallbacks` supplies the file's own body and date). Undefined when no repair makes it valid.
 */
export function repairFrontMatter<S extends z.ZodType>(
  schema: S,
  data: unknown,
  fallbacks: Record<string, unknown>,
): { value: z.infer<S>; replaced: PropertyKey[][]; unknownKeys: PropertyKey[][] } | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  let value: unknown = structuredClone(data);
  const replaced: PropertyKey[][] = [];
  const unknownKeys: PropertyKey[][] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(value);
    if (result.success) return { value: result.data, replaced, unknownKeys };
    let changed = false;
    for (const issue of result.error.issues) {
      const done = repairAt(value, issue, { ...STAND_INS, ...fallbacks });
      const path = issue.path as PropertyKey[];
      if (done === 'replaced' && issue.code === 'unrecognized_keys')
        for (const k of issue.keys) unknownKeys.push([...path, k]);
      else if (done === 'replaced') replaced.push(path);
      changed = changed || done !== false;
    }
    if (!changed) return undefined;
    value = structuredClone(value);
  }
  return undefined;
}

/** How a value was mended: read as what it evidently meant, or dropped / stood in for. */
type Repair = 'coerced' | 'replaced' | false;

function repairAt(root: unknown, issue: z.core.$ZodIssue, standIns: Record<string, unknown>): Repair {
  const path = issue.path as PropertyKey[];
  const parent = walk(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (issue.code === 'unrecognized_keys') {
    const target = walk(root, path);
    if (!isRecord(target)) return false;
    for (const k of issue.keys) delete target[k];
    return issue.keys.length > 0 ? 'replaced' : false;
  }
  if (issue.code === 'invalid_union' && issue.errors.length) {
    // Repair along the branch that got furthest, as the diagnostic reports it.
    const best = [...issue.errors].sort((a, b) => b.length - a.length)[0];
    const done = best.map((i) => repairAt(root, { ...i, path: [...path, ...i.path] } as z.core.$ZodIssue, standIns));
    return done.includes('replaced') ? 'replaced' : done.includes('coerced') ? 'coerced' : false;
  }
  if (key === undefined || !(isRecord(parent) || Array.isArray(parent))) return false;
  const container = parent as Record<PropertyKey, unknown>;
  const current = container[key];
  if (issue.code === 'invalid_type' && issue.expected === 'array' && current !== undefined && current !== null) {
    container[key] = [current];
    return 'coerced';
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof current === 'number') {
    container[key] = String(current);
    return 'coerced';
  }
  if (Array.isArray(parent)) {
    // "- Police update" under items: meant as the item's title (likewise a resolution's text), so that
    // later items keep their numbers; any other entry that cannot be mended is left out.
    const list = String(path[path.length - 2]);
    if (typeof current === 'string' && (list === 'items' || list === 'resolutions')) {
      parent[Number(key)] = list === 'items' ? { title: current } : { text: current };
      return 'coerced';
    }
    if (current !== null && typeof current === 'object') return false;
    parent.splice(Number(key), 1);
    return 'replaced';
  }
  const standIn = standIns[String(key)];
  if (current === undefined) {
    if (standIn === undefined) return false;
    container[key] = standIn;
    return 'replaced';
  }
  // A bad value: drop it (an optional key) and let the next round say whether the key is required.
  if (standIn !== undefined && current !== standIn) container[key] = standIn;
  else delete container[key];
  return 'replaced';
}

function walk(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
