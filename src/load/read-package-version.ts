import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** sbp's own version, from its package.json (part of the build cache key, so an upgrade rebuilds). */
export function readPackageVersion(): string {
  if (cached === undefined) {
    try {
      cached = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
        .version;
    } catch {
      cached = 'unknown';
    }
  }
  return cached;
}
