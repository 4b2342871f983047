import { createHash } from 'node:crypto';
import { isDict, type PdfDict, PdfName, PdfRef, PdfStream, PdfString, type PdfValue } from './pdf-objects.js';

/** Objects of a PDF being written, numbered in the order they are added. */
export class PdfWriter {
  private readonly objects: (PdfValue | undefined)[] = [undefined];

  /** Add an object; its reference. */
  add(value: PdfValue): PdfRef {
    this.objects.push(value);
    return new PdfRef(this.objects.length - 1);
  }

  /** A reference for an object given later with `set` (for objects that refer to each other). */
  reserve(): PdfRef {
    this.objects.push(undefined);
    return new PdfRef(this.objects.length - 1);
  }

  set(ref: PdfRef, value: PdfValue): void {
    this.objects[ref.num] = value;
  }

  get(ref: PdfRef): PdfValue | undefined {
    return this.objects[ref.num];
  }

  /** A value with a reference followed. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.objects[value.num] : value;
  }

  /** The whole file: header, objects, cross-reference table and a trailer whose /ID is the MD5 of the body. */
  serialize(root: PdfRef, info: PdfRef): Uint8Array {
    const chunks: Buffer[] = [];
    const offsets: number[] = [];
    // Text is gathered into long Latin-1 strings (one character, one byte) and turned into bytes at each stream.
    let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
    let size = 0;
    const flush = () => {
      chunks.push(Buffer.from(text, 'latin1'));
      size += text.length;
      text = '';
    };
    for (let num = 1; num < this.objects.length; num++) {
      const value = this.objects[num];
      if (value === undefined) throw new Error(`object ${num} was reserved but never written`);
      offsets[num] = size + text.length;
      if (value instanceof PdfStream) {
        const dict: PdfDict = new Map(value.dict);
        dict.set('Length', value.data.length);
        text += `${num} 0 obj\n${serializeValue(dict)}\nstream\n`;
        flush();
        chunks.push(Buffer.from(value.data.buffer, value.data.byteOffset, value.data.length));
        size += value.data.length;
        text += '\nendstream\nendobj\n';
      } else text += `${num} 0 obj\n${serializeValue(value)}\nendobj\n`;
    }
    flush();
    const hash = createHash('md5');
    for (const chunk of chunks) hash.update(chunk);
    const id = hash.digest('hex');
    const xrefOffset = size;
    const xref = [`xref\n0 ${this.objects.length}\n0000000000 65535 f \n`];
    for (let num = 1; num < this.objects.length; num++)
      xref.push(`${String(offsets[num]).padStart(10, '0')} 00000 n \n`);
    chunks.push(Buffer.from(xref.join(''), 'latin1'));
    const trailer = `trailer\n<</Size ${this.objects.length} /Root ${root.num} 0 R /Info ${info.num} 0 R /ID [<${id}> <${id}>]>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    chunks.push(Buffer.from(trailer, 'latin1'));
    return Buffer.concat(chunks);
  }
}

/** A value in PDF syntax, as a Latin-1 string (each character one byte). */
export function serializeValue(value: PdfValue): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  if (value instanceof PdfName) return `/${escapeName(value.value)}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString)
    return value.hex ? `<${Buffer.from(value.bytes).toString('hex')}>` : literal(value.bytes);
  if (Array.isArray(value)) return `[${value.map(serializeValue).join(' ')}]`;
  if (isDict(value)) {
    const parts: string[] = [];
    for (const [key, item] of value) parts.push(`/${escapeName(key)} ${serializeValue(item)}`);
    return `<<${parts.join(' ')}>>`;
  }
  throw new Error('a stream can only be written as an object of its own');
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (!Number.isFinite(n)) throw new Error(`cannot write the number ${n} in a PDF`);
  // No exponent notation in PDF: fixed decimals, trailing zeros trimmed.
  return n.toFixed(6).replace(/\.?0+$/, '') || '0';
}

const escapedNames = new Map<string, string>();

function escapeName(name: string): string {
  let escaped = escapedNames.get(name);
  if (escaped === undefined) {
    escaped = name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    escapedNames.set(name, escaped);
  }
  return escaped;
}

function literal(bytes: Uint8Array): string {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte === 10) out += '\\n';
    else if (byte === 13) out += '\\r';
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}
