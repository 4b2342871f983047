import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Why a path was refused: outside the repository, a link out of it, missing, or unreadable. */
export type PathRefusal = 'outside' | 'link-out' | 'missing' | 'unreadable';

/** A path inside the repository (symlinks followed), or why it is refused, with a message for the clerk. */
export type ResolvedPath =
  | { ok: true; rel: string; abs: string; real: string; kind: 'file' | 'directory' | 'other'; size: number }
  | { ok: false; rel: string; reason: PathRefusal; message: string };

const realRoots = new Map<string, string>();

/**
 * The one guard for every file sbp reads: resolve a repository-relative (or absolute) path under `root`,
 * follow every symlink, and refuse what is outside the repository, naming the link that leads out.
 */
export function resolveRepositoryPath(root: string, target: string): ResolvedPath {
  const base = path.resolve(root);
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(target) && !path.isAbsolute(target);
  const abs = path.resolve(base, target);
  const lexical = path.relative(base, abs);
  const rel = lexical.split(path.sep).join('/') || '.';
  if (looksLikeUrl || !isWithin(base, abs)) {
    return { ok: false, rel: target, reason: 'outside', message: `${target} is outside the meetings repository` };
  }
  const realRoot = findRealRoot(base);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A missing file behind a link out is still a link out: say so rather than "does not exist".
    const out = findLinkOut(base, realRoot, lexical);
    if (out) return refuseLink(rel, out);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
      return { ok: false, rel, reason: 'missing', message: `${rel} does not exist` };
    return { ok: false, rel, reason: 'unreadable', message: `cannot read ${rel}: ${describeErrno(error)}` };
  }
  if (!isWithin(realRoot, real)) {
    return refuseLink(rel, findLinkOut(base, realRoot, lexical) ?? { link: rel, target: real });
  }
  try {
    const stats = statSync(real);
    const kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
    return { ok: true, rel, abs, real, kind, size: stats.size };
  } catch (error) {
    return { ok: false, rel, reason: 'unreadable', message: `cannot read ${rel}: ${describeErrno(error)}` };
  }
}

/** Whether `target` is `root` or below it (both absolute, already resolved). */
export function isWithin(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** What an errno error means, in a few words. */
export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

function findRealRoot(base: string): string {
  let real = realRoots.get(base);
  if (real === undefined) {
    try {
      real = realpathSync(base);
    } catch {
      real = base;
    }
    realRoots.set(base, real);
  }
  return real;
}

/** The first component of `lexical` (relative to `base`) that is a symlink whose target lies outside. */
function findLinkOut(base: string, realRoot: string, lexical: string): { link: string; target: string } | undefined {
  let current = base;
  for (const part of lexical.split(path.sep).filter(Boolean)) {
    current = path.join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return undefined;
    }
    if (!isLink) continue;
    let target: string;
    try {
      target = realpathSync(current);
    } catch {
      // A dangling link: judge it by where it points.
      target = path.resolve(path.dirname(current), readlinkSync(current));
    }
    if (!isWithin(realRoot, target)) return { link: path.relative(base, current).split(path.sep).join('/'), target };
  }
  return undefined;
}

function refuseLink(rel: string, { link, target }: { link: string; target: string }): ResolvedPath {
  const message =
    link === rel
      ? `${rel} is a link to ${target}, outside the meetings repository`
      : `${rel} leads through ${link}, a link to ${target} outside the meetings repository`;
  return { ok: false, rel, reason: 'link-out', message };
}
