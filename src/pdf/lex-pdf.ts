import { decodeName, latin1, readNumber, unescapeLiteral } from './decode-pdf-tokens.js';
import { type PdfDict, PdfName, PdfRef, PdfString, type PdfValue } from './pdf-objects.js';

// Character classes of PDF syntax (ISO 32000-1, 7.2.2): 1 white-space, 2 delimiter, 0 regular.
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

/** Whether a byte ends a regular token (white-space, a delimiter, or the end of the data). */
export function isBoundary(byte: number | undefined): boolean {
  return byte === undefined || CLASS[byte] !== 0;
}

/** The offset of the next token after white-space and comments. */
export function skipWhite(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const c = b[i];
    if (CLASS[c] === 1) i++;
    else if (c === 0x25) {
      while (i < b.length && b[i] !== 10 && b[i] !== 13) i++;
    } else break;
  }
  return i;
}

/** The end of a run of regular characters (a number, keyword or operator) starting at i. */
export function endOfRegular(b: Uint8Array, i: number): number {
  while (i < b.length && CLASS[b[i]] === 0) i++;
  return i;
}

/** The end of the token or composite value (string, array, dictionary) starting at i, without building it. */
export function skipValue(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === 0x28) return endOfLiteralString(b, i);
  if (c === 0x3c && b[i + 1] === 0x3c) return skipUntil(b, i + 2, 0x3e, true);
  if (c === 0x3c) return b.indexOf(0x3e, i) + 1 || b.length;
  if (c === 0x5b) return skipUntil(b, i + 1, 0x5d, false);
  if (c === 0x2f) return endOfRegular(b, i + 1);
  if (CLASS[c] === 2) return i + 1;
  return endOfRegular(b, i);
}

function skipUntil(b: Uint8Array, i: number, close: number, double: boolean): number {
  for (;;) {
    i = skipWhite(b, i);
    if (i >= b.length) return i;
    if (b[i] === close && (!double || b[i + 1] === close)) return i + (double ? 2 : 1);
    i = skipValue(b, i);
  }
}

function endOfLiteralString(b: Uint8Array, i: number): number {
  let depth = 0;
  for (; i < b.length; i++) {
    const c = b[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return i;
}

/** Parse the value at i (after any white-space); `refs` reads "12 0 R" as a reference (not in content streams). */
export function parseValue(b: Uint8Array, start: number, refs = true): { value: PdfValue; end: number } {
  const i = skipWhite(b, start);
  const c = b[i];
  if (c === 0x2f) {
    const end = endOfRegular(b, i + 1);
    return { value: PdfName.of(decodeName(b, i + 1, end)), end };
  }
  if (c === 0x28) {
    const end = endOfLiteralString(b, i);
    return { value: new PdfString(unescapeLiteral(b, i + 1, end - 1)), end };
  }
  if (c === 0x3c && b[i + 1] === 0x3c) return parseDict(b, i + 2, refs);
  if (c === 0x3c) {
    const end = b.indexOf(0x3e, i);
    const hex = Buffer.from(b.subarray(i + 1, end))
      .toString('latin1')
      .replace(/[^0-9a-fA-F]/g, '');
    return { value: new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'), true), end: end + 1 };
  }
  if (c === 0x5b) {
    const items: PdfValue[] = [];
    let j = i + 1;
    for (;;) {
      j = skipWhite(b, j);
      if (j >= b.length || b[j] === 0x5d) return { value: items, end: j + 1 };
      const item = parseValue(b, j, refs);
      items.push(item.value);
      j = item.end;
    }
  }
  const end = endOfRegular(b, i);
  if (end === i) throw new SyntaxError(`unexpected byte 0x${(c ?? 0).toString(16)} at ${i}`);
  const number = readNumber(b, i, end);
  if (Number.isNaN(number)) {
    const word = latin1(b, i, end);
    if (word === 'true' || word === 'false') return { value: word === 'true', end };
    if (word === 'null') return { value: null, end };
    throw new SyntaxError(`unexpected "${word}" at ${i}`);
  }
  if (refs && Number.isInteger(number)) {
    const ref = readRefTail(b, end);
    if (ref) return { value: new PdfRef(number, ref.gen), end: ref.end };
  }
  return { value: number, end };
}

function parseDict(b: Uint8Array, i: number, refs: boolean): { value: PdfDict; end: number } {
  const map: PdfDict = new Map();
  for (;;) {
    i = skipWhite(b, i);
    if (i >= b.length) return { value: map, end: i };
    if (b[i] === 0x3e && b[i + 1] === 0x3e) return { value: map, end: i + 2 };
    const key = parseValue(b, i, refs);
    if (!(key.value instanceof PdfName)) throw new SyntaxError(`a dictionary key must be a name (at ${i})`);
    const value = parseValue(b, key.end, refs);
    map.set(key.value.value, value.value);
    i = value.end;
  }
}

// After an integer: " 0 R" makes it a reference.
function readRefTail(b: Uint8Array, i: number): { gen: number; end: number } | undefined {
  const j = skipWhite(b, i);
  const genEnd = endOfRegular(b, j);
  if (genEnd === j) return undefined;
  let gen = 0;
  for (let k = j; k < genEnd; k++) {
    if (b[k] < 0x30 || b[k] > 0x39) return undefined;
    gen = gen * 10 + b[k] - 0x30;
  }
  const k = skipWhite(b, genEnd);
  if (b[k] !== 0x52 || !isBoundary(b[k + 1])) return undefined;
  return { gen, end: k + 1 };
}
