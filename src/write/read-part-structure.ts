import { isDict, nameOf, type PdfDict, PdfRef, PdfString, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfFile } from '../pdf/read-pdf.js';

/** A top-level structure element of a printed part (a child of its Document) and the pages its content is on. */
export interface StructUnit {
  ref: PdfRef;
  type: string;
  /** Page object numbers of the part, in the order the content appears. */
  pages: number[];
}

/** What the assembler needs of a part's structure tree: its top-level units, ParentTree, role map and language. */
export interface PartStructure {
  units: StructUnit[];
  parentTree: Map<number, PdfValue>;
  roleMap: Map<string, string>;
  lang?: string;
}

const read = new WeakMap<PdfFile, PartStructure>();

/** A part's structure, read once per file. */
export function partStructureOf(file: PdfFile): PartStructure {
  let structure = read.get(file);
  if (!structure) {
    structure = readPartStructure(file);
    read.set(file, structure);
  }
  return structure;
}

/** Read a part's structure tree; a part without one has no units. */
export function readPartStructure(file: PdfFile): PartStructure {
  const catalog = file.catalog();
  const root = file.at(catalog, 'StructTreeRoot');
  const lang = file.at(catalog, 'Lang');
  const result: PartStructure = {
    units: [],
    parentTree: new Map(),
    roleMap: new Map(),
    lang: lang instanceof PdfString ? lang.text() : undefined,
  };
  if (!isDict(root)) return result;
  const roles = file.at(root, 'RoleMap');
  if (isDict(roles))
    for (const [from, to] of roles) {
      const target = nameOf(file.resolve(to));
      if (target) result.roleMap.set(from, target);
    }
  readNumberTree(file, file.at(root, 'ParentTree'), result.parentTree, 0);
  let tops = kidsOf(file, root);
  // A single Document element holds the body: its children are the units.
  if (tops.length === 1) {
    const only = file.resolve(tops[0]);
    if (isDict(only) && nameOf(file.resolve(only.get('S'))) === 'Document') {
      tops = kidsOf(file, only);
      const docLang = file.at(only, 'Lang');
      if (docLang instanceof PdfString) result.lang ??= docLang.text();
    }
  }
  for (const kid of tops) {
    const dict = file.resolve(kid);
    if (!(kid instanceof PdfRef) || !isDict(dict) || !dict.has('S')) continue;
    result.units.push({ ref: kid, type: nameOf(file.resolve(dict.get('S'))) ?? '', pages: contentPages(file, dict) });
  }
  return result;
}

/** The /K of an element as a list; a reference to one element stays a reference (it is not an array). */
function kidsOf(file: PdfFile, dict: PdfDict): PdfValue[] {
  const k = dict.get('K');
  const resolved = file.resolve(k);
  if (Array.isArray(resolved)) return resolved;
  return k === undefined ? [] : [k];
}

/** The pages (object numbers) an element's content is on, in order, without repeats. */
export function contentPages(file: PdfFile, element: PdfDict): number[] {
  const pages: number[] = [];
  const add = (page: PdfValue | undefined) => {
    if (page instanceof PdfRef && !pages.includes(page.num)) pages.push(page.num);
  };
  const visit = (dict: PdfDict, inherited: PdfValue | undefined, depth: number) => {
    if (depth > 256) return;
    const page = dict.get('Pg') ?? inherited;
    for (const kid of kidsOf(file, dict)) {
      const item = file.resolve(kid);
      if (typeof item === 'number') add(page);
      else if (isDict(item) && (nameOf(item.get('Type')) === 'MCR' || nameOf(item.get('Type')) === 'OBJR'))
        add(item.get('Pg') ?? page);
      else if (isDict(item)) visit(item, page, depth + 1);
    }
  };
  visit(element, undefined, 0);
  return pages;
}

function readNumberTree(file: PdfFile, node: PdfValue | undefined, into: Map<number, PdfValue>, depth: number): void {
  if (!isDict(node) || depth > 32) return;
  const nums = file.resolve(node.get('Nums'));
  if (Array.isArray(nums))
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const key = file.resolve(nums[i]);
      if (typeof key === 'number') into.set(key, nums[i + 1]);
    }
  const kids = file.resolve(node.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) readNumberTree(file, file.resolve(kid), into, depth + 1);
}
