import { dict, isDict, name, nameOf, type PdfDict, PdfRef, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfWriter } from '../pdf/write-pdf.js';
import { buildRoleMap } from './build-role-map.js';
import { renumberIds } from './renumber-element-ids.js';

/** An element of the structure tree being finished, and its reference. */
export interface Element {
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
