import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Create a folder and its missing parents one level at a time, or say why not. (Node's own recursive
 * mkdir can spin forever on special file systems such as /proc, where mkdir answers ENOENT.) A folder that
 * another process creates at the same moment counts as made.
 */
export function ensureDirectory(dir: string): string | undefined {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    try {
      if (!statSync(current).isDirectory()) return `${current} is a file, not a folder`;
      break;
    } catch {
      missing.unshift(current);
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another process (a concurrent build) made it between our stat and our mkdir: that is success.
      if (code === 'EEXIST' && isDirectory(folder)) continue;
      return `cannot create ${folder}: ${code ?? (error as Error).message}`;
    }
  }
  return undefined;
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
