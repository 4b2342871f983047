import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImageStatus } from '../model/model-types.js';
import { isInside } from './read-text-file.js';

/**
 * What is at an image's repository path: a file inside the repository, nothing usable, or a link out of
 * it. The one place an image path is looked up on disk; render is told the answer, never looks itself.
 */
export function checkImagePath(root: string, repositoryPath: string): ImageStatus {
  const absolute = path.join(root, ...repositoryPath.split('/'));
  try {
    if (!statSync(absolute).isFile()) return 'missing';
    return isInside(realpathSync(root), realpathSync(absolute)) ? 'found' : 'outside';
  } catch {
    return 'missing';
  }
}
