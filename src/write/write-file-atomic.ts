import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ensureDirectory } from './ensure-directory.js';

/** Write a file whole or not at all: a temporary file beside it, fsynced, then renamed over it. */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  const problem = ensureDirectory(path.dirname(file));
  if (problem) throw new Error(problem);
  const temp = `${file}.tmp-${process.pid}`;
  try {
    const fd = openSync(temp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
