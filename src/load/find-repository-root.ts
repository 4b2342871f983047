import path from 'node:path';
import { statPath } from './stat-path.js';

/**
 * The meetings repository that holds `start` (a folder or a file): the nearest folder at or above it
 * with an sbp.yaml, as git finds .git. Undefined when there is none up to the root of the file system.
 */
export function findRepositoryRoot(start: string): string | undefined {
  let current = path.resolve(start);
  if (statPath(current) !== 'directory') current = path.dirname(current);
  for (;;) {
    if (statPath(path.join(current, 'sbp.yaml')) === 'file') return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
