import { PDFDict, PDFName, PDFNumber, type PDFObject, PDFRef } from '@cantoo/pdf-lib';
import { STANDARD_STRUCTURE_TYPES } from '../pdf/standard-structure-types.js';
import { type AuditPdf, dictAt, entry, listOf, nameValue, numberValue, resolve, textValue } from './read-audit-pdf.js';

/** The standard structure types (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = STANDARD_STRUCTURE_TYPES;

/** A marked-content sequence a structure element claims: its page, MCID and the Form XObject holding it, if any. */
export interface ContentRef {
  page: number | undefined;
  mcid: number;
  stream?: string;
}

/** One structure element, in document order. */
export interface StructNode {
  dict: PDFDict;
  ref?: PDFRef;
  /** The type as written (/S) and the standard type it maps to through the role map (undefined: none). */
  type: string;
  role: string | undefined;
  parent?: StructNode;
  children: StructNode[];
  content: ContentRef[];
  /** Annotations the element holds (OBJR), by reference text. */
  objects: string[];
  /** First page its content is on. */
  page?: number;
}

/** The structure tree as a list in document order, the role map, and faults found while reading it. */
export interface Structure {
  root?: PDFDict;
  nodes: StructNode[];
  roleMap: Map<string, string>;
  /** Problems with the tree itself: elements whose /P is not their parent, cycles. */
  faults: string[];
}

/** Read the structure tree of a PDF (depth-first, the logical reading order). */
export function collectStructure(pdf: AuditPdf): Structure {
  const root = dictAt(pdf, pdf.catalog, 'StructTreeRoot');
  const roleMap = new Map<string, string>();
  const map = dictAt(pdf, root, 'RoleMap');
  for (const [key, value] of map?.entries() ?? []) {
    const target = nameValue(resolve(pdf, value));
    if (target) roleMap.set(key.decodeText(), target);
  }
  const structure: Structure = { root, nodes: [], roleMap, faults: [] };
  if (!root) return structure;
  const seen = new Set<PDFDict>();
  const visit = (value: PDFObject, parent: StructNode | undefined, parentDict: PDFDict, inherited?: number) => {
    const dict = resolve(pdf, value);
    if (!(dict instanceof PDFDict) || entry(pdf, dict, 'S') === undefined) return;
    if (seen.has(dict)) {
      structure.faults.push('an element is reached twice (a cycle or a shared element)');
      return;
    }
    seen.add(dict);
    const type = nameValue(entry(pdf, dict, 'S')) ?? '';
    const node: StructNode = {
      dict,
      ref: value instanceof PDFRef ? value : undefined,
      type,
      role: mapRole(type, roleMap),
      parent,
      children: [],
      content: [],
      objects: [],
    };
    const declaredParent = resolve(pdf, dict.get(PDFName.of('P')));
    if (declaredParent !== parentDict) structure.faults.push(`a ${type} element's /P is not its parent`);
    structure.nodes.push(node);
    parent?.children.push(node);
    const page = pdf.pageNumber(dict.get(PDFName.of('Pg'))) ?? inherited;
    for (const kid of listOf(pdf, dict.get(PDFName.of('K')))) {
      const resolved = resolve(pdf, kid);
      if (resolved instanceof PDFNumber) node.content.push({ page, mcid: resolved.asNumber() });
      else if (resolved instanceof PDFDict && nameValue(entry(pdf, resolved, 'Type')) === 'MCR') {
        const stream = resolved.get(PDFName.of('Stm'));
        node.content.push({
          page: pdf.pageNumber(resolved.get(PDFName.of('Pg'))) ?? page,
          mcid: numberValue(entry(pdf, resolved, 'MCID')) ?? -1,
          stream: stream instanceof PDFRef ? stream.toString() : undefined,
        });
      } else if (resolved instanceof PDFDict && nameValue(entry(pdf, resolved, 'Type')) === 'OBJR') {
        const obj = resolved.get(PDFName.of('Obj'));
        if (obj instanceof PDFRef) node.objects.push(obj.toString());
      } else visit(kid, node, dict, page);
    }
    node.page = node.content[0]?.page ?? node.children.find((c) => c.page !== undefined)?.page;
  };
  for (const kid of listOf(pdf, root.get(PDFName.of('K')))) visit(kid, undefined, root);
  return structure;
}

/** The standard type a type maps to (itself when standard), or undefined when the chain never reaches one. */
export function mapRole(type: string, roleMap: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let current = type;
  while (!STANDARD_TYPES.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = roleMap.get(current);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

/** The alternate description of an element: /Alt, else /ActualText (trimmed; empty counts as none). */
export function describeAlt(pdf: AuditPdf, node: StructNode): string | undefined {
  const text = textValue(entry(pdf, node.dict, 'Alt')) ?? textValue(entry(pdf, node.dict, 'ActualText'));
  return text?.trim() ? text.trim() : undefined;
}
