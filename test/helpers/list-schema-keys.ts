import { generateJsonSchemas } from '../../src/validate/generate-json-schemas.js';

/** One key a file may hold: its path (`items[].resolutions[].due`) and what the JSON Schema says of it. */
export interface SchemaKey {
  file: string;
  path: string;
  description: string;
}

/** Every key of every repository file, read from the generated JSON Schemas: the reference README prints. */
export function listSchemaKeys(): SchemaKey[] {
  const keys: SchemaKey[] = [];
  for (const [name, text] of generateJsonSchemas()) {
    const file = name.replace('.schema.json', '');
    const seen = new Set<string>();
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        const path = at ? `${at}.${key}` : key;
        const forms = [value, ...((value.anyOf as Record<string, unknown>[] | undefined) ?? [])];
        const description = forms.map((f) => f.description).find((d): d is string => typeof d === 'string') ?? '';
        if (!seen.has(path)) keys.push({ file, path, description });
        seen.add(path);
        walk(value, path);
      }
      for (const key of ['anyOf', 'oneOf', 'allOf']) for (const branch of [n[key]].flat()) walk(branch, at);
      if (n.items) walk(n.items, `${at}[]`);
    };
    walk(JSON.parse(text), '');
  }
  return keys;
}
