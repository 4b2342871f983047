import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { describeYamlPath } from './describe-yaml-path.js';
import { listKnownKeys } from './list-known-keys.js';
import { locateYamlPath } from './locate-yaml-path.js';

/** Turn every zod issue into a located diagnostic (one per issue path, nested keys included). */
export function mapZodIssues(source: YamlSource, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of flattenIssues(issues)) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = listKnownKeys(schema, path);
      for (const key of issue.keys) {
        out.push({
          code: 'unknown-key',
          severity: 'error',
          file: source.file.path,
          ...locateYamlPath(source, [...path, key], 'key'),
          message: `${describeYamlPath(path, source.data, 'front matter')}: unknown key "${key}"${formatDidYouMean(key, known)}`,
          hint: known.length ? `Keys allowed here: ${known.join(', ')}.` : undefined,
        });
      }
      continue;
    }
    const value = readPath(source.data, path);
    const missing = value === undefined && issue.code === 'invalid_type';
    const key = path[path.length - 1];
    out.push({
      code: 'schema-invalid',
      severity: 'error',
      file: source.file.path,
      ...locateYamlPath(source, path),
      message: missing
        ? `${describeYamlPath(path.slice(0, -1), source.data, 'front matter')}: missing required key "${String(key)}"`
        : `${describeYamlPath(path, source.data, 'value')}: ${describeIssue(issue, value)}`,
      hint: missing ? `Add "${String(key)}:" here.` : hintFor(issue),
    });
  }
  return out;
}

/** Union failures nest their causes; report the branch that got furthest, not "Invalid input". */
function flattenIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      const allShallow = issue.errors.every((e) => depth(e) === 0);
      if (!allShallow) {
        out.push(...flattenIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))));
        continue;
      }
    }
    out.push(issue);
  }
  return out;
}

function depth(branch: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...branch.map((i) => i.path.length + (i.code === 'unrecognized_keys' ? 0 : 0.5)));
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value': {
      const nearest = typeof value === 'string' ? formatDidYouMean(value, issue.values.map(String)) : '';
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}${nearest}`;
    }
    case 'invalid_union':
      return `${describeValue(value)} is not any of the allowed forms here`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : issue.message;
    default:
      return issue.message;
  }
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.expected === 'string')
    return 'Put the value in quotes if YAML reads it as a number or date.';
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'Write a list, one "- " entry per line.';
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

function readPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
