import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../src/validate/generate-json-schemas.js';
import { PROJECT_ROOT } from '../helpers/make-temp-repo.js';

describe('schemas/*.json', () => {
  it('match the zod schemas exactly (run `npm run schemas` after changing a schema)', () => {
    const generated = generateJsonSchemas();
    const onDisk = readdirSync(path.join(PROJECT_ROOT, 'schemas'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated)
      expect(readFileSync(path.join(PROJECT_ROOT, 'schemas', name), 'utf8'), name).toBe(text);
  });

  it('describe the keys an editor should offer', () => {
    const meeting = JSON.parse(generateJsonSchemas().get('meeting.schema.json')!);
    expect(meeting.required).toEqual(['body', 'date', 'time', 'status', 'items']);
    expect(meeting.additionalProperties).toBe(false);
    expect(Object.keys(meeting.properties.items.items.properties)).toContain('resolutions');
  });

  it('describe every key, so an editor explains each one as it is typed', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const properties = (n.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, value] of Object.entries(properties)) {
        // A key of several forms (a union) is described when one of its forms is.
        const forms = [value, ...((value.anyOf as Record<string, unknown>[] | undefined) ?? [])];
        if (!forms.some((form) => typeof form.description === 'string')) undescribed.push(`${at}.${key}`);
        walk(value, `${at}.${key}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf'])
        for (const branch of [n[key]].flat()) walk(branch, `${at}[]`);
    };
    for (const [name, text] of generateJsonSchemas()) walk(JSON.parse(text), name);
    expect(undescribed).toEqual([]);
  });
});
