import { open } from 'node:fs/promises';
import path from 'node:path';
import { ensureDirectory } from './ensure-directory.js';

/** Create `file` with `text`, never overwriting: false (and nothing written) when it already exists. */
export async function writeNewFile(file: string, text: string): Promise<boolean> {
  const problem = ensureDirectory(path.dirname(file));
  if (problem) throw new Error(problem);
  let handle: import('node:fs/promises').FileHandle;
  try {
    // 'wx' fails if the file exists, atomically: no window in which another writer could slip in.
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  return true;
}
