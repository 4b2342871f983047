import { statSync } from 'node:fs';

/** What is at a path on disk: a file, a folder, or nothing (symlinks followed). */
export function statPath(target: string): 'file' | 'directory' | undefined {
  try {
    const stats = statSync(target);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}
