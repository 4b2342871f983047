/** A PDF name (/Type), interned: the same name is always the same object, so names compare with ===. */
export class PdfName {
  private static readonly known = new Map<string, PdfName>();
  private constructor(readonly value: string) {}
  static of(value: string): PdfName {
    let name = PdfName.known.get(value);
    if (!name) {
      name = new PdfName(value);
      PdfName.known.set(value, name);
    }
    return name;
  }
}

/** An indirect reference (12 0 R). */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen = 0,
  ) {}
}

/** A PDF string as its bytes; `hex` keeps the form it was written in. */
export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex = false,
  ) {}

  /** A text string: PDFDocEncoding (Latin-1 here) when it fits, else UTF-16BE with a byte-order mark. */
  static fromText(text: string): PdfString {
    if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(Buffer.from(text, 'latin1'));
    const units = Buffer.from(`\ufeff${text}`, 'utf16le');
    // utf16le → big-endian: swap each pair of bytes.
    for (let i = 0; i + 1 < units.length; i += 2) [units[i], units[i + 1]] = [units[i + 1], units[i]];
    return new PdfString(units, true);
  }

  /** The string read as text (UTF-16BE with a byte-order mark, UTF-8 with one, else Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) {
      const swapped = Buffer.from(b.subarray(2));
      for (let i = 0; i + 1 < swapped.length; i += 2) [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      return swapped.toString('utf16le');
    }
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return Buffer.from(b.subarray(3)).toString('utf8');
    return Buffer.from(b).toString('latin1');
  }
}

/** A dictionary: keys are names without the slash. */
export type PdfDict = Map<string, PdfValue>;

/** A stream: its dictionary and its data exactly as stored (still encoded by its /Filter). */
export class PdfStream {
  constructor(
    public dict: PdfDict,
    public data: Uint8Array,
  ) {}
}

/** Any PDF value. Streams only occur as indirect objects. */
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict | PdfStream;

/** Shorthand for a name. */
export const name = (value: string): PdfName => PdfName.of(value);

/** Whether a value is a dictionary. */
export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

/** The name a value holds, or undefined. */
export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.value : undefined;
}

/** A dictionary built from a plain object (undefined values left out). */
export function dict(entries: Record<string, PdfValue | undefined>): PdfDict {
  const result: PdfDict = new Map();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) result.set(key, value);
  return result;
}
