import { latin1 } from './decode-pdf-tokens.js';
import { endOfRegular, isBoundary, parseValue, skipValue, skipWhite } from './lex-pdf.js';
import type { PdfValue } from './pdf-objects.js';

/** One operator of a content stream: its name, where its operands begin, and where it ends. */
export interface ContentOperator {
  op: string;
  /** Offset of the first operand (or of the operator when it has none). */
  start: number;
  /** Offset just after the operator (after EI for an inline image, reported as the operator "BI"). */
  end: number;
}

/** Operators that put marks on the page: text, XObjects, path painting (not the clip-only "n"), shadings, inline images. */
export const PAINTING_OPERATORS = new Set([
  'Tj',
  'TJ',
  "'",
  '"',
  'Do',
  'S',
  's',
  'f',
  'F',
  'f*',
  'B',
  'B*',
  'b',
  'b*',
  'sh',
  'BI',
]);

/** Visit every operator of a content stream in order, without building its operands. */
export function scanContentStream(bytes: Uint8Array, visit: (operator: ContentOperator) => void): void {
  let i = 0;
  let start = -1;
  for (;;) {
    i = skipWhite(bytes, i);
    if (i >= bytes.length) return;
    const c = bytes[i];
    const regular = c !== 0x2f && c !== 0x28 && c !== 0x3c && c !== 0x5b && c !== 0x5d && c !== 0x3e;
    if (!regular) {
      if (start < 0) start = i;
      i = skipValue(bytes, i);
      continue;
    }
    const end = endOfRegular(bytes, i);
    const next = end > i ? end : i + 1;
    // Numbers (digits, sign, point) are operands; so are the keywords true, false and null.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || isValueKeyword(bytes, i, end)) {
      if (start < 0) start = i;
      i = next;
      continue;
    }
    const word = end > i ? operatorName(bytes, i, end) : String.fromCharCode(c);
    if (word === 'BI') {
      const imageEnd = endOfInlineImage(bytes, next);
      visit({ op: 'BI', start: start < 0 ? i : start, end: imageEnd });
      i = imageEnd;
    } else {
      visit({ op: word, start: start < 0 ? i : start, end: next });
      i = next;
    }
    start = -1;
  }
}

// Operators are a few letters long and the same few hundred thousand times a pack: read each once.
const operatorNames = new Map<number, string>();

function operatorName(b: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length > 3) return latin1(b, start, end);
  const code = b[start] | (length > 1 ? b[start + 1] << 8 : 0) | (length > 2 ? b[start + 2] << 16 : 0);
  let known = operatorNames.get(code);
  if (known === undefined) {
    known = latin1(b, start, end);
    operatorNames.set(code, known);
  }
  return known;
}

function isValueKeyword(b: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 4 && length !== 5) return false;
  const word = latin1(b, start, end);
  return word === 'true' || word === 'false' || word === 'null';
}

// BI <key value pairs> ID <binary data> EI: the data ends at an "EI" standing alone.
function endOfInlineImage(b: Uint8Array, i: number): number {
  for (;;) {
    i = skipWhite(b, i);
    if (i >= b.length) return i;
    if (b[i] === 0x49 && b[i + 1] === 0x44 && isBoundary(b[i + 2])) break;
    i = skipValue(b, i);
  }
  for (let j = i + 3; j + 1 < b.length; j++) {
    if (b[j] === 0x45 && b[j + 1] === 0x49 && isWhite(b[j - 1]) && isBoundary(b[j + 2])) return j + 2;
  }
  return b.length;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
}

/** The operands of an operator found by scanContentStream (names, numbers, strings, arrays, dictionaries). */
export function parseOperands(bytes: Uint8Array, operator: ContentOperator): PdfValue[] {
  const operands: PdfValue[] = [];
  const opStart = operator.end - operator.op.length;
  let i = skipWhite(bytes, operator.start);
  while (i < opStart) {
    const { value, end } = parseValue(bytes, i, false);
    operands.push(value);
    i = skipWhite(bytes, end);
  }
  return operands;
}
