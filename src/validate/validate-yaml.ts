import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { locateYamlPath } from './locate-yaml-path.js';
import { mapZodIssues } from './map-zod-issues.js';
import { repairFrontMatter } from './repair-front-matter.js';

/** The most schema errors reported per file. */
const MAX_ISSUES = 100;

/**
 * Check parsed YAML against a zod schema; every issue becomes a diagnostic at its own line. When it
 * fails, `value` is still given where a best-effort repair makes sense of it (`repaired` set), so the
 * model's own checks run too and every fault of the file is reported in one run.
 */
export function validateYaml<S extends z.ZodType>(
  source: YamlSource,
  schema: S,
  fallbacks: Record<string, unknown> = {},
): { value?: z.infer<S>; repaired?: boolean; diagnostics: Diagnostic[]; replacedLines?: number[] } {
  // YAML that could not be read gives its one syntax error, and no follow-on "missing key" errors.
  if (source.broken) return { diagnostics: [] };
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { value: result.data, diagnostics: [] };
  // A list of thousands of bad entries would bury the report (and overflow spreads): show the first ones.
  const issues = result.error.issues;
  const diagnostics = mapZodIssues(source, schema, issues.slice(0, MAX_ISSUES));
  if (issues.length > MAX_ISSUES && diagnostics.length) {
    diagnostics.push({
      ...diagnostics[diagnostics.length - 1],
      message: `${issues.length - MAX_ISSUES} more schema errors follow in this file`,
      hint: 'Fix the ones above first: the rest are often the same mistake.',
    });
  }
  const repair = repairFrontMatter(schema, source.data ?? {}, fallbacks);
  if (!repair) return { diagnostics };
  // Model findings on a line whose value was dropped or stood in for would only echo the schema's.
  // A bad value dropped from a named mapping (previousMeeting: { minutes: ... }) is missed by its siblings too:
  // model findings anywhere in that mapping would echo it. An unknown key is only its own line.
  const replacedLines = [
    ...repair.unknownKeys.map((path) => locateYamlPath(source, path, 'key').line),
    ...repair.replaced.flatMap((path) => {
      const parent = path.slice(0, -1);
      if (!(parent.length > 0 && typeof parent[parent.length - 1] === 'string'))
        return [locateYamlPath(source, path).line];
      const span = locateYamlPath(source, parent);
      const from = locateYamlPath(source, parent, 'key').line;
      // A block mapping's range runs up to the start of the next key's line: that line is not its own.
      const to = span.endColumn === 1 ? span.endLine - 1 : span.endLine;
      return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => from + i);
    }),
  ];
  return { value: repair.value, repaired: true, diagnostics, replacedLines };
}
