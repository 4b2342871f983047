import { isDict, type PdfDict, PdfRef, PdfStream, PdfString, type PdfValue } from '../pdf/pdf-objects.js';
import type { PdfFile } from '../pdf/read-pdf.js';
import type { PdfWriter } from '../pdf/write-pdf.js';

/** Hands out the keys of the assembled document's ParentTree and remembers which part key each stands for. */
export class StructKeys {
  private next = 0;
  /** New key → the part and its old key (undefined for keys the assembler fills itself). */
  readonly origins = new Map<number, { copier: PartCopier; oldKey: number } | undefined>();
  private readonly byPart = new Map<PartCopier, Map<number, number>>();

  /** The new key for a part's old key (the same one every time). */
  map(copier: PartCopier, oldKey: number): number {
    let keys = this.byPart.get(copier);
    if (!keys) {
      keys = new Map();
      this.byPart.set(copier, keys);
    }
    let key = keys.get(oldKey);
    if (key === undefined) {
      key = this.next++;
      keys.set(oldKey, key);
      this.origins.set(key, { copier, oldKey });
    }
    return key;
  }

  /** A key with no part behind it. */
  fresh(): number {
    const key = this.next++;
    this.origins.set(key, undefined);
    return key;
  }

  get size(): number {
    return this.next;
  }
}

/**
 * Copies objects of one printed part into the document being written, each once, references renumbered.
 * Pages are not copied but mapped (to the assembled pages, or null when the page is left out); a structure
 * element's /P is left out (the assembler sets it from the tree it builds); StructParent(s) keys are renumbered
 * and element IDs prefixed.
 */
export class PartCopier {
  private readonly copies = new Map<number, PdfRef>();

  constructor(
    readonly file: PdfFile,
    private readonly out: PdfWriter,
    private readonly pages: ReadonlyMap<number, PdfRef | null>,
    private readonly keys: StructKeys,
    /** Prefix for element IDs (and the table /Headers naming them), so that two parts' IDs never clash. */
    private readonly idPrefix: string,
  ) {}

  /** The copy of an object of the part, by number. */
  ref(num: number): PdfRef | null {
    if (this.pages.has(num)) return this.pages.get(num) ?? null;
    const known = this.copies.get(num);
    if (known) return known;
    const value = this.file.get(num);
    if (value === undefined) return null;
    const ref = this.out.reserve();
    this.copies.set(num, ref);
    this.out.set(ref, this.copy(value));
    return ref;
  }

  /** Whether an object of the part has been copied, and as what. */
  copied(num: number): PdfRef | undefined {
    return this.copies.get(num);
  }

  /** A deep copy of a value of the part. */
  copy(value: PdfValue): PdfValue {
    if (value instanceof PdfRef) return this.ref(value.num);
    if (Array.isArray(value)) return value.map((item) => this.copy(item));
    if (value instanceof PdfStream) return new PdfStream(this.copyDict(value.dict), value.data);
    if (isDict(value)) return this.copyDict(value);
    return value;
  }

  private prefixed(id: PdfString): PdfString {
    return PdfString.fromText(`${this.idPrefix}${id.text()}`);
  }

  private copyDict(dict: PdfDict): PdfDict {
    const element = dict.has('S') && dict.has('P');
    const result: PdfDict = new Map();
    for (const [key, item] of dict) {
      if (key === 'P' && element) continue;
      if ((key === 'StructParent' || key === 'StructParents') && typeof item === 'number')
        result.set(key, this.keys.map(this, item));
      else if (key === 'ID' && element && item instanceof PdfString) result.set(key, this.prefixed(item));
      else if (key === 'Headers' && Array.isArray(item))
        result.set(
          key,
          item.map((h) => (h instanceof PdfString ? this.prefixed(h) : this.copy(h))),
        );
      else result.set(key, this.copy(item));
    }
    return result;
  }
}
