import { nameOf } from '../pdf/pdf-objects.js';
import { PAINTING_OPERATORS, parseOperands, scanContentStream } from '../pdf/scan-content-stream.js';

const BEGIN = Buffer.from('/Artifact BMC\n', 'latin1');
// A path object runs from its first construction operator to the operator that paints (or only clips) it.
const PATH_START = new Set(['m', 're']);
const PATH_END = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const END = Buffer.from('\nEMC\n', 'latin1');

/**
 * Wrap what a content stream paints outside any marked-content sequence in /Artifact BMC … EMC (PDF/UA-1
 * 7.1-2): Chromium leaves table borders, cell backgrounds and aria-hidden content untagged. A run starts at
 * the text object (BT) or painting operator that opens it and ends after the last painting operator (or its
 * ET) before the next marked-content sequence. Drawing a Form XObject that holds tagged content is not
 * painting here: `isTaggedForm` says which forms those are. Marks go between graphics objects, never inside a
 * path or text object. Undefined when nothing needed wrapping.
 */
export function markArtifacts(content: Uint8Array, isTaggedForm: (name: string) => boolean): Uint8Array | undefined {
  const inserts: { at: number; text: Buffer }[] = [];
  let depth = 0;
  let textStart = -1;
  let pathStart = -1;
  let boundary = 0;
  let runEnd = -1;
  let runTextOpen = false;
  // A run that begins inside a text object opened before the last marked-content boundary must end inside it.
  let runInsideText = false;
  const close = () => {
    if (runEnd >= 0) inserts.push({ at: runEnd, text: END });
    runEnd = -1;
  };
  scanContentStream(content, (operator) => {
    const { op } = operator;
    if (op === 'BDC' || op === 'BMC') {
      if (depth === 0) close();
      depth++;
      boundary = operator.end;
      return;
    }
    if (op === 'EMC') {
      depth = Math.max(0, depth - 1);
      boundary = operator.end;
      return;
    }
    if (op === 'BT') textStart = operator.start;
    if (PATH_START.has(op) && pathStart < 0) pathStart = operator.start;
    const objectStart = pathStart;
    if (PATH_END.has(op)) pathStart = -1;
    if (op === 'ET') {
      if (runTextOpen && !runInsideText) runEnd = operator.end;
      runTextOpen = false;
      textStart = -1;
      return;
    }
    if (depth > 0 || !PAINTING_OPERATORS.has(op)) return;
    if (op === 'Do' && isTaggedForm(nameOf(parseOperands(content, operator)[0]) ?? '')) return;
    if (runEnd < 0) {
      runInsideText = textStart >= 0 && textStart < boundary;
      const at = objectStart >= 0 ? objectStart : textStart >= boundary ? textStart : operator.start;
      inserts.push({ at, text: BEGIN });
    }
    runEnd = operator.end;
    runTextOpen = textStart >= 0;
  });
  close();
  if (inserts.length === 0) return undefined;
  const chunks: Buffer[] = [];
  let from = 0;
  for (const { at, text } of inserts) {
    chunks.push(Buffer.from(content.subarray(from, at)), text);
    from = at;
  }
  chunks.push(Buffer.from(content.subarray(from)));
  return Buffer.concat(chunks);
}
