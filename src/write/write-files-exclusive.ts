import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeNewFile } from './write-new-file.js';

/** The files written and those left alone because they already existed. */
export interface ExclusiveWriteResult {
  written: string[];
  kept: string[];
}

/** Write files under `dir`, creating folders, never overwriting: an existing file is kept and listed. */
export async function writeFilesExclusive(
  dir: string,
  files: readonly { path: string; text: string }[],
): Promise<ExclusiveWriteResult> {
  const result: ExclusiveWriteResult = { written: [], kept: [] };
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    if (await writeNewFile(target, file.text)) result.written.push(file.path);
    else result.kept.push(file.path);
  }
  return result;
}

/** Whether `dir` already holds a meetings repository (its sbp.yaml). */
export function hasRepository(dir: string): boolean {
  return existsSync(path.join(dir, 'sbp.yaml'));
}
