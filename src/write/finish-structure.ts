import { dict, isDict, name, nameOf, type PdfDict, PdfRef, PdfString, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfWriter } from '../pdf/write-pdf.js';

/** The standard structure types of ISO 32000-1 (14.8.4). */
const STANDARD = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

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

interface Element {
  dict: PdfDict;
  ref: PdfRef;
}

/** The role map and ID tree of the finished structure tree. */
export interface FinishedStructure {
  roleMap: PdfDict;
  idTree?: PdfDict;
}

/**
 * Make the assembled structure tree well-formed for PDF/UA-1: every element names its parent; list items hold
 * Lbl and LBody only; a Figure that only groups tagged content becomes a Div; headings start at H1 and skip
 * no level (a heading deeper than one below the one before it is raised); every non-standard type is
 * role-mapped; element IDs are renumbered in reading order (table /Headers follow) into a new ID tree.
 */
export function finishStructure(
  out: PdfWriter,
  root: PdfRef,
  partRoles: ReadonlyMap<string, string>,
): FinishedStructure {
  const elements: Element[] = [];
  const walk = (ref: PdfRef, depth: number) => {
    const element = out.get(ref);
    if (!isDict(element) || depth > 256) return;
    elements.push({ dict: element, ref });
    for (const kid of kidsOf(element)) {
      if (!(kid instanceof PdfRef)) continue;
      const child = out.get(kid);
      if (isDict(child) && child.has('S')) {
        child.set('P', ref);
        walk(kid, depth + 1);
      }
    }
  };
  walk(root, 0);
  for (const element of elements) {
    const type = nameOf(element.dict.get('S'));
    if (type === 'LI') wrapListBody(out, element);
    if (type === 'Figure' && !element.dict.has('Alt') && kidsOf(element.dict).some((k) => isElement(out, k)))
      element.dict.set('S', name('Div'));
  }
  nestHeadings(elements);
  return { roleMap: buildRoleMap(elements, partRoles), idTree: renumberIds(elements) };
}

function kidsOf(element: PdfDict): PdfValue[] {
  const k = element.get('K');
  return Array.isArray(k) ? k : k === undefined ? [] : [k];
}

function isElement(out: PdfWriter, kid: PdfValue): boolean {
  const child = kid instanceof PdfRef ? out.get(kid) : kid;
  return isDict(child) && child.has('S');
}

function roleOf(out: PdfWriter, kid: PdfValue): string | undefined {
  const child = kid instanceof PdfRef ? out.get(kid) : kid;
  return isDict(child) ? nameOf(child.get('S')) : undefined;
}

function wrapListBody(out: PdfWriter, { dict: li, ref }: Element): void {
  const kids = kidsOf(li);
  const body = kids.filter((k) => roleOf(out, k) !== 'Lbl' && roleOf(out, k) !== 'LBody');
  if (body.length === 0) return;
  const lbody = out.add(dict({ Type: name('StructElem'), S: name('LBody'), P: ref, Pg: li.get('Pg'), K: body }));
  for (const kid of body) {
    const child = kid instanceof PdfRef ? out.get(kid) : undefined;
    if (isDict(child) && child.has('S')) child.set('P', lbody);
  }
  li.set('K', [...kids.filter((k) => !body.includes(k)), lbody]);
}

function nestHeadings(elements: readonly Element[]): void {
  let previous = 0;
  for (const { dict: element } of elements) {
    const match = /^H([1-6])$/.exec(nameOf(element.get('S')) ?? '');
    if (!match) continue;
    const level = Math.min(Number(match[1]), previous + 1);
    if (level !== Number(match[1])) element.set('S', name(`H${level}`));
    previous = level;
  }
}

function buildRoleMap(elements: readonly Element[], partRoles: ReadonlyMap<string, string>): PdfDict {
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

function renumberIds(elements: readonly Element[]): PdfDict | undefined {
  const renamed = new Map<string, string>();
  const owners: [string, PdfRef][] = [];
  const withHeaders: PdfDict[] = [];
  for (const { dict: element, ref } of elements) {
    const id = element.get('ID');
    if (id instanceof PdfString) {
      const fresh = `id-${String(owners.length + 1).padStart(6, '0')}`;
      renamed.set(id.text(), fresh);
      element.set('ID', PdfString.fromText(fresh));
      owners.push([fresh, ref]);
    }
    const attributes = element.get('A');
    for (const a of Array.isArray(attributes) ? attributes : [attributes])
      if (isDict(a) && a.has('Headers')) withHeaders.push(a);
  }
  for (const attributes of withHeaders) {
    const headers = attributes.get('Headers');
    if (Array.isArray(headers))
      attributes.set(
        'Headers',
        headers.flatMap((h) => {
          const fresh = h instanceof PdfString ? renamed.get(h.text()) : undefined;
          return fresh ? [PdfString.fromText(fresh)] : [];
        }),
      );
  }
  if (owners.length === 0) return undefined;
  return dict({ Names: owners.flatMap(([id, ref]) => [PdfString.fromText(id), ref]) });
}
