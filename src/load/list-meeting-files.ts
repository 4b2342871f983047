import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Repository paths of every meeting file: `<body id>/**\/*.md`, sorted; symlinked folders are not followed. */
export async function listMeetingFiles(root: string, bodyIds: Iterable<string>): Promise<string[]> {
  const found: string[] = [];
  for (const bodyId of bodyIds) {
    const dir = path.join(root, bodyId);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { recursive: true, withFileTypes: true });
    } catch {
      continue; // A body with no meetings yet has no folder.
    }
    for (const entry of entries) {
      if (!entry.name.endsWith('.md') || entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (/^readme\.md$/i.test(entry.name)) continue;
      // parentPath is Node 20.12+/21.4+; `path` is its older name.
      const parent =
        (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir;
      found.push(path.relative(root, path.join(parent, entry.name)).split(path.sep).join('/'));
    }
  }
  return found.sort();
}
