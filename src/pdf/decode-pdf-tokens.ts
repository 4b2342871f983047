/** Bytes as a Latin-1 string, without a Buffer: tokens are short, and a Buffer per token is what costs. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1');
  return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
}

/** A number written from start to end (sign, digits, one point), or NaN. */
export function readNumber(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let sign = 1;
  if (b[i] === 0x2d || b[i] === 0x2b) sign = b[i++] === 0x2d ? -1 : 1;
  let value = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      digits++;
      if (scale) scale *= 10;
    } else if (c === 0x2e && !scale) scale = 1;
    else return Number.NaN;
  }
  if (digits === 0) return Number.NaN;
  return sign * (scale ? value / scale : value);
}

/** A name's text, #xx escapes decoded. */
export function decodeName(b: Uint8Array, start: number, end: number): string {
  const raw = latin1(b, start, end);
  return raw.includes('#')
    ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)))
    : raw;
}

const ESCAPES: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };

/** A literal string's bytes, escapes (\\n, \\ddd, line continuations) decoded. */
export function unescapeLiteral(b: Uint8Array, start: number, end: number): Uint8Array {
  if (b.subarray(start, end).indexOf(0x5c) < 0) return b.slice(start, end);
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const next = b[++i];
    if (next >= 0x30 && next <= 0x37) {
      let code = 0;
      for (let k = 0; k < 3 && b[i] >= 0x30 && b[i] <= 0x37; k++, i++) code = code * 8 + b[i] - 0x30;
      i--;
      out.push(code & 0xff);
    } else if (next === 13) {
      if (b[i + 1] === 10) i++;
    } else if (next !== 10) out.push(ESCAPES[next] ?? next);
  }
  return Uint8Array.from(out);
}
