import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Create a folder and its missing parents one level at a time, or say why not. (Node's own recursive
 * mkdir can spin forever on special file systems such as /proc, where mkdir answers ENOENT.)
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
      return `cannot create ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    }
  }
  return undefined;
}
