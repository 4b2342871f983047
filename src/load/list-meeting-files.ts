import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Repository paths of every meeting file: `<body id>/**\/*.md`, sorted; symlinked folders are not followed. */
export async function listMeetingFiles(root: string, bodyIds: Iterable<string>): Promise<string[]> {
  const found: string[] = [];
  for (const bodyId of bodyIds) {
    const dir = path.join(root, bodyId);
    let entries;
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue; // A body with no meetings yet has no folder.
    }
    for (const entry of entries) {
      if (!entry.name.endsWith('.md') || entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (/^readme\.md$/i.test(entry.name)) continue;
      // parentPath is Node 20.12+/21.4+; `path` is its older name.
      const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir;
      found.push(path.relative(root, path.join(parent, entry.name)).split(path.sep).join('/'));
    }
  }
  return found.sort();
}

/** Run `task` over `items` with at most `limit` in flight, keeping order (a repository may hold thousands of files). */
export async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
