import { posix } from 'node:path';

// ![alt](path "title") and reference definitions "[ref]: path", the only ways Markdown names an image.
const INLINE = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)>?/gm;

/**
 * Repository paths of the local images a Markdown file names (remote ones are never loaded), found by a
 * text scan so that a rebuild notices a changed image without parsing the file.
 */
export function listMarkdownImages(text: string, file: string): string[] {
  const found = new Set<string>();
  for (const pattern of [INLINE, DEFINITION]) {
    for (const match of text.matchAll(pattern)) {
      const target = match[1];
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) || target.startsWith('#')) continue;
      const resolved = posix.normalize(posix.join(posix.dirname(file), safeDecode(target.split(/[?#]/)[0])));
      if (!resolved.startsWith('../')) found.add(resolved);
    }
  }
  return [...found].sort();
}

function safeDecode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
