import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { mapZodIssues } from './map-zod-issues.js';

/** Check parsed YAML against a zod schema; every issue becomes a diagnostic at its own line. */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  if (source.data === undefined && source.doc.errors.length) return { diagnostics: [] };
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { value: result.data, diagnostics: [] };
  return { diagnostics: mapZodIssues(source, schema, result.error.issues) };
}
