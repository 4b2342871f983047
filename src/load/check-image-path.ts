import type { ImageStatus } from '../model/model-types.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/**
 * What is at an image's repository path: a file inside the repository, nothing usable, or a link out of
 * it. Decided by the one path guard (resolveRepositoryPath); render is told the answer, never looks itself.
 */
export function checkImagePath(root: string, repositoryPath: string): ImageStatus {
  const resolved = resolveRepositoryPath(root, repositoryPath);
  if (resolved.ok) return resolved.kind === 'file' ? 'found' : 'missing';
  return resolved.reason === 'outside' || resolved.reason === 'link-out' ? 'outside' : 'missing';
}
