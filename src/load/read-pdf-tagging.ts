import { inflateSync } from 'node:zlib';
import { isDict } from '../pdf/pdf-objects.js';
import { PdfFile } from '../pdf/read-pdf.js';

const ROOT_KEY = Buffer.from('/StructTreeRoot');
// An object stream's dictionary, up to the start of its data.
const OBJECT_STREAM = /<<((?:(?!>>)[\s\S])*\/Type\s*\/ObjStm\b(?:(?!>>)[\s\S])*)>>\s*stream\r?\n/g;

/**
 * Whether a PDF is tagged (its catalog has a StructTreeRoot), read cheaply enough for `sbp check`: through the
 * catalog when sbp's reader reads the file, else by looking for the key in the file and in its object streams.
 */
export function readPdfTagging(bytes: Buffer): boolean {
  try {
    const file = new PdfFile(bytes);
    return isDict(file.at(file.catalog(), 'StructTreeRoot'));
  } catch {
    // A cross-reference stream or a damaged table: look for the key itself.
  }
  if (bytes.includes(ROOT_KEY)) return true;
  const text = bytes.toString('latin1');
  for (const match of text.matchAll(OBJECT_STREAM)) {
    const start = (match.index ?? 0) + match[0].length;
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(match[1])?.[1]);
    if (!length) continue;
    try {
      if (inflateSync(bytes.subarray(start, start + length)).includes(ROOT_KEY)) return true;
    } catch {
      // Not Flate, or damaged: nothing to read here.
    }
  }
  return false;
}
