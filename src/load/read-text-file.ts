import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createSourceFile, locateOffset, type SourceFile } from '../diagnostics/source-file.js';
import { describeErrno, resolveRepositoryPath } from './resolve-repository-path.js';

/** Largest text file sbp reads: bigger ones are reported, not parsed (bounded time per file). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** A file read as text, or the diagnostics saying why it could not be. */
export type TextFileResult =
  | { file: SourceFile; diagnostics: Diagnostic[] }
  | { file?: undefined; diagnostics: Diagnostic[] };

/** Read a repository file as UTF-8 text, refusing paths and symlinks out of the repository, binaries and bad encodings. */
export async function readTextFile(root: string, relPath: string): Promise<TextFileResult> {
  const fail = (code: Diagnostic['code'], message: string, hint?: string, line = 1, column = 1): TextFileResult => ({
    diagnostics: [{ code, severity: 'error', file: relPath, line, column, message, hint }],
  });
  const resolved = resolveRepositoryPath(root, relPath);
  if (!resolved.ok) {
    if (resolved.reason === 'outside' || resolved.reason === 'link-out')
      return fail(
        'path-outside-repository',
        resolved.message,
        'Copy the file into the repository instead of linking to it.',
      );
    return fail(
      'file-unreadable',
      resolved.reason === 'missing' ? `cannot read ${relPath}: it does not exist` : resolved.message,
    );
  }
  if (resolved.kind === 'directory') return fail('file-unreadable', `cannot read ${relPath}: it is a folder`);
  if (resolved.size > MAX_TEXT_BYTES) {
    return fail(
      'file-too-large',
      `this file is ${(resolved.size / 1048576).toFixed(1)} MB; sbp reads meeting files and papers up to ${MAX_TEXT_BYTES / 1048576} MB`,
      'Split the text, or supply a long report as a PDF paper.',
    );
  }
  try {
    const bytes = await readFile(resolved.real);
    return decodeText(relPath, resolved.abs, bytes);
  } catch (error) {
    return fail('file-unreadable', `cannot read ${relPath}: ${describeErrno(error)}`);
  }
}

/** Decode bytes as UTF-8, reporting NUL bytes and invalid sequences at their line. */
export function decodeText(relPath: string, absPath: string, bytes: Uint8Array): TextFileResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = locateOffset(createSourceFile(relPath, Buffer.from(bytes.subarray(0, nul)).toString('latin1')), nul);
    return {
      diagnostics: [
        {
          code: 'file-binary',
          severity: 'error',
          file: relPath,
          ...at,
          message: `this file holds binary data (a NUL byte at line ${at.line}), not text`,
          hint: 'Save it as plain UTF-8 text, or remove it from the repository.',
        },
      ],
    };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { file: createSourceFile(relPath, text, absPath), diagnostics: [] };
  } catch {
    const bad = findInvalidUtf8(bytes);
    const prefix = Buffer.from(bytes.subarray(0, bad)).toString('utf8');
    const at = locateOffset(createSourceFile(relPath, prefix), prefix.length);
    return {
      diagnostics: [
        {
          code: 'file-encoding',
          severity: 'error',
          file: relPath,
          ...at,
          message: `this file is not UTF-8 text: byte 0x${bytes[bad].toString(16).toUpperCase()} at line ${at.line} cannot be decoded`,
          hint: 'Re-save the file as UTF-8 (most editors: "Save with encoding").',
        },
      ],
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length - 1;
}
