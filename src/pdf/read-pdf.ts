import { inflateSync } from 'node:zlib';
import { latin1 } from './decode-pdf-tokens.js';
import { endOfRegular, parseValue, skipWhite } from './lex-pdf.js';
import { isDict, nameOf, type PdfDict, PdfRef, PdfStream, type PdfValue } from './pdf-objects.js';

/** A PDF this reader cannot read (an xref stream, an unsupported filter...): the caller normalises or gives up. */
export class UnsupportedPdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedPdfError';
  }
}

/**
 * A PDF with a classic cross-reference table (what Chromium's Skia and @cantoo/pdf-lib's writer produce),
 * read lazily: an object is parsed the first time it is asked for.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, PdfValue>();

  constructor(readonly bytes: Uint8Array) {
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
    if (!match) throw new UnsupportedPdfError('no startxref');
    this.trailer = this.readXref(Number(match[1]));
  }

  /** Object numbers that the cross-reference table lists as in use. */
  objectNumbers(): number[] {
    return [...this.offsets.keys()].sort((a, b) => a - b);
  }

  /** The object with this number (undefined when free or missing). */
  get(num: number): PdfValue | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    const offset = this.offsets.get(num);
    if (offset === undefined) return undefined;
    const value = this.parseObjectAt(offset);
    this.cache.set(num, value);
    return value;
  }

  /** A value with references followed. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.get(value.num) : value;
  }

  /** A dictionary entry with references followed; a stream gives its dictionary when `dictOfStream`. */
  at(dict: PdfDict | undefined, key: string): PdfValue | undefined {
    return dict ? this.resolve(dict.get(key)) : undefined;
  }

  /** The document catalog. */
  catalog(): PdfDict {
    const root = this.at(this.trailer, 'Root');
    if (!isDict(root)) throw new UnsupportedPdfError('no document catalog');
    return root;
  }

  /** The pages in order, by reference, with attributes inherited from the page tree filled in. */
  pages(): { ref: PdfRef; dict: PdfDict }[] {
    const found: { ref: PdfRef; dict: PdfDict }[] = [];
    const visit = (ref: PdfValue | undefined, inherited: PdfDict, depth: number) => {
      const node = this.resolve(ref);
      if (!isDict(node) || depth > 64 || !(ref instanceof PdfRef)) return;
      const merged: PdfDict = new Map(inherited);
      for (const key of INHERITED) if (node.has(key)) merged.set(key, node.get(key) as PdfValue);
      if (nameOf(node.get('Type')) === 'Pages' || node.has('Kids')) {
        const kids = this.resolve(node.get('Kids'));
        for (const kid of Array.isArray(kids) ? kids : []) visit(kid, merged, depth + 1);
      } else {
        for (const key of INHERITED) if (!node.has(key) && merged.has(key)) node.set(key, merged.get(key) as PdfValue);
        found.push({ ref, dict: node });
      }
    };
    visit(this.catalog().get('Pages'), new Map(), 0);
    return found;
  }

  /** The decoded data of a stream (no filter, or FlateDecode without a predictor). */
  decode(stream: PdfStream): Uint8Array {
    const filter = this.resolve(stream.dict.get('Filter'));
    const filters = Array.isArray(filter) ? filter.map((f) => nameOf(this.resolve(f))) : [nameOf(filter)];
    const params = this.resolve(stream.dict.get('DecodeParms'));
    if (isDict(params) && (this.resolve(params.get('Predictor')) ?? 1) !== 1)
      throw new UnsupportedPdfError('a stream with a predictor');
    let data = stream.data;
    for (const f of filters) {
      if (f === undefined) continue;
      if (f !== 'FlateDecode') throw new UnsupportedPdfError(`a stream with the filter ${f}`);
      data = inflateSync(data);
    }
    return data;
  }

  private readXref(offset: number): PdfDict {
    const b = this.bytes;
    let i = skipWhite(b, offset);
    if (latin1(b, i, i + 4) !== 'xref')
      throw new UnsupportedPdfError('a cross-reference stream (not a classic xref table)');
    i += 4;
    for (;;) {
      i = skipWhite(b, i);
      const firstEnd = endOfRegular(b, i);
      const word = latin1(b, i, firstEnd);
      if (word === 'trailer') break;
      const countStart = skipWhite(b, firstEnd);
      const countEnd = endOfRegular(b, countStart);
      const first = Number(word);
      const count = Number(latin1(b, countStart, countEnd));
      i = skipWhite(b, countEnd);
      for (let k = 0; k < count; k++) {
        const line = latin1(b, i, i + 20);
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
        if (!entry) throw new UnsupportedPdfError('a damaged cross-reference table');
        // An older section (reached through /Prev) never overrides a newer one.
        if (entry[3] === 'n' && !this.offsets.has(first + k)) this.offsets.set(first + k, Number(entry[1]));
        i += 20;
      }
    }
    const { value } = parseValue(b, i + 'trailer'.length);
    if (!isDict(value)) throw new UnsupportedPdfError('a damaged trailer');
    const prev = value.get('Prev');
    if (typeof prev === 'number') this.readXref(prev);
    return value;
  }

  private parseObjectAt(offset: number): PdfValue {
    const b = this.bytes;
    // "12 0 obj"
    let i = skipWhite(b, offset);
    for (let words = 0; words < 3; words++) i = skipWhite(b, endOfRegular(b, i));
    const { value, end } = parseValue(b, i);
    const after = skipWhite(b, end);
    if (!isDict(value) || latin1(b, after, after + 6) !== 'stream') return value;
    let start = after + 6;
    if (b[start] === 13) start++;
    if (b[start] === 10) start++;
    const length = this.resolve(value.get('Length'));
    if (typeof length !== 'number') throw new UnsupportedPdfError('a stream without a length');
    return new PdfStream(value, b.subarray(start, start + length));
  }
}

const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];
