import { isDict, type PdfRef, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfFile } from '../pdf/read-pdf.js';
import type { PartCopier, StructKeys } from './copy-part-objects.js';
import { partStructureOf } from './read-part-structure.js';

/**
 * The document's ParentTree (/Nums, keys ascending): each key's entry copied from the part it came from, with
 * the MCIDs the assembler added appended to page entries.
 */
export function buildParentTree(keys: StructKeys, extraMcids: ReadonlyMap<number, PdfRef[]>): PdfValue[] {
  const nums: PdfValue[] = [];
  for (let key = 0; key < keys.size; key++) {
    const origin = keys.origins.get(key);
    let value: PdfValue | undefined;
    if (origin) {
      const { file } = origin.copier;
      const stored = partStructureOf(file).parentTree.get(origin.oldKey);
      value = stored === undefined ? undefined : origin.copier.copy(file.resolve(stored) as PdfValue);
    }
    const extra = extraMcids.get(key);
    if (extra) value = [...(Array.isArray(value) ? value : []), ...extra];
    if (value !== undefined) nums.push(key, value);
  }
  return nums;
}

/** How many MCIDs a part's page (by its StructParents key) already uses. */
export function countMcids(copier: PartCopier, oldKey: number): number {
  const entry = copier.file.resolve(partStructureOf(copier.file).parentTree.get(oldKey));
  return Array.isArray(entry) ? entry.length : 0;
}

/**
 * The named destinations of the document: for each name, the first part (in the order given) whose
 * destination lands on a page the document keeps.
 */
export function mergeDests(files: readonly PdfFile[], copiers: readonly PartCopier[]): Map<string, PdfValue> {
  const dests = new Map<string, PdfValue>();
  files.forEach((file, i) => {
    const names = file.at(file.catalog(), 'Dests');
    if (!isDict(names)) return;
    for (const [key, value] of names) {
      if (dests.has(key)) continue;
      const target = file.resolve(value);
      const array = isDict(target) ? file.resolve(target.get('D')) : target;
      if (!Array.isArray(array)) continue;
      const copied = copiers[i].copy(array) as PdfValue[];
      if (copied[0] !== null) dests.set(key, copied);
    }
  });
  return dests;
}
