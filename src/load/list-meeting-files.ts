import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Reporter } from '../diagnostics/report-at.js';
import type { SourceRef } from '../diagnostics/source-file.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** A body whose folder holds meeting files, and where sbp.yaml names it (to locate a refused folder). */
export interface BodyFolder {
  id: string;
  src: SourceRef;
}

/**
 * Repository paths of every meeting file: `<body id>/**\/*.md`, sorted. A body folder (or a folder in it)
 * that links outside the repository is reported and none of its files are listed; symlinked folders that
 * stay inside are not followed either, so no file is listed twice.
 */
export async function listMeetingFiles(
  root: string,
  bodies: readonly BodyFolder[],
  reporter: Reporter,
): Promise<string[]> {
  const found: string[] = [];
  for (const { id, src } of bodies) {
    const folder = resolveRepositoryPath(root, id);
    if (!folder.ok) {
      // A body with no meetings yet has no folder; anything else is a fault worth saying.
      if (folder.reason !== 'missing') reportFolder(reporter, src, `the folder of body "${id}": ${folder.message}`);
      continue;
    }
    if (folder.kind !== 'directory') continue;
    let entries: Dirent[];
    try {
      entries = await readdir(folder.real, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // parentPath is Node 20.12+/21.4+; `path` is its older name.
      const parent =
        (entry as { parentPath?: string; path?: string }).parentPath ??
        (entry as { path?: string }).path ??
        folder.real;
      const rel = [id, path.relative(folder.real, path.join(parent, entry.name)).split(path.sep).join('/')].join('/');
      if (entry.isSymbolicLink() && !entry.name.endsWith('.md')) {
        const linked = resolveRepositoryPath(root, rel);
        if (!linked.ok && linked.reason === 'link-out')
          reportFolder(reporter, { file: rel, path: [] }, `${linked.message}; sbp reads none of its files`);
        continue;
      }
      if (!entry.name.endsWith('.md') || entry.isDirectory() || /^readme\.md$/i.test(entry.name)) continue;
      found.push(rel);
    }
  }
  return found.sort();
}

function reportFolder(reporter: Reporter, src: SourceRef, message: string): void {
  reporter.report(
    'path-outside-repository',
    src,
    message,
    'Keep meeting files in real folders inside the repository: move them in, instead of linking to them.',
  );
}
