import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Every package whose code decides the shape of a Markdown tree.
const PARSER_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-frontmatter',
  'remark-gfm',
  'micromark',
  'mdast-util-from-markdown',
  'micromark-extension-gfm',
  'mdast-util-gfm',
  'micromark-extension-frontmatter',
];

let cached: string | undefined;

/**
 * What makes the parser: the versions of the unified packages it is built from and a hash of sbp's own
 * parse stage (src/parse as compiled), so a cached tree is reused only by the very parser that made it.
 */
export function readParserIdentity(): string {
  if (cached !== undefined) return cached;
  const versions = PARSER_PACKAGES.map((name) => `${name}@${readVersion(name)}`);
  const parseDir = fileURLToPath(new URL('../parse/', import.meta.url));
  const code = createHash('sha256');
  try {
    for (const file of readdirSync(parseDir).sort()) code.update(file).update(readFileSync(path.join(parseDir, file)));
  } catch {
    code.update(String(Math.random()));
  }
  cached = `${versions.join(' ')} sbp-parse@${code.digest('hex').slice(0, 16)}`;
  return cached;
}

/** A package's version, from the package.json above the module it resolves to. */
function readVersion(name: string): string {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
    for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
      try {
        const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (json.name === name && json.version) return json.version;
      } catch {
        // No package.json at this level: look one folder up.
      }
    }
  } catch {
    // Not resolvable from here (a transitive dependency under a strict layout).
  }
  return 'unknown';
}
