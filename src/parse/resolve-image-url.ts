import { posix } from 'node:path';

/** Where an image URL written in a Markdown file points: the network, out of the repository, or a repository path. */
export type ImageTarget = { kind: 'remote' } | { kind: 'outside' } | { kind: 'local'; path: string };

/**
 * Resolve an image URL as written in `file` (a repository path): URLs with a scheme or starting "//" are
 * remote; relative paths resolve from the file's folder (percent-escapes decoded, query and fragment
 * dropped) and are outside when they climb above the repository. Whether the file exists is load/'s to say.
 */
export function resolveImageUrl(url: string, file: string): ImageTarget {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'remote' };
  const target = decodeSafely(url.split(/[?#]/)[0]);
  if (posix.isAbsolute(target)) return { kind: 'outside' };
  const resolved = posix.normalize(posix.join(posix.dirname(file), target));
  return resolved === '..' || resolved.startsWith('../') ? { kind: 'outside' } : { kind: 'local', path: resolved };
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
