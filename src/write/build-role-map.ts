import { name, nameOf, type PdfDict, type PdfRef } from '../pdf/pdf-objects.js';
import { STANDARD_STRUCTURE_TYPES as STANDARD } from '../pdf/standard-structure-types.js';

// PDF 2.0 types Chromium writes, mapped to their PDF 1.7 equivalents (PDF/UA-1 knows only 1.7's).
const PDF2_ROLES: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Aside: 'Div',
  Title: 'P',
  FENote: 'Note',
  DocumentFragment: 'Div',
};

/**
 * The role map of the finished tree: each non-standard type used, mapped as the parts mapped it (when that leads
 * to a standard type), else to its PDF 1.7 equivalent, else to NonStruct. Standard types are never remapped.
 */
export function buildRoleMap(
  elements: readonly { dict: PdfDict; ref: PdfRef }[],
  partRoles: ReadonlyMap<string, string>,
): PdfDict {
  const used = new Set<string>();
  for (const { dict: element } of elements) {
    const type = nameOf(element.get('S'));
    if (type) used.add(type);
  }
  const map: PdfDict = new Map();
  for (const type of [...used].sort()) {
    if (STANDARD.has(type)) continue;
    const target = resolveRole(type, partRoles) ?? PDF2_ROLES[type] ?? 'NonStruct';
    map.set(type, name(target));
  }
  return map;
}

function resolveRole(type: string, roles: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let current = roles.get(type);
  while (current && !STANDARD.has(current) && !seen.has(current)) {
    seen.add(current);
    current = roles.get(current) ?? PDF2_ROLES[current];
  }
  return current && STANDARD.has(current) ? current : undefined;
}
