import path from 'node:path';
import type { CommandOutcome } from '../diagnostics/decide-exit-code.js';
import { findRepositoryRoot } from '../load/find-repository-root.js';
import { statPath } from '../load/stat-path.js';
import { sayUsage } from './settle-outcome.js';

/** Help text of --dir (and of the [dir] argument), the same on every command. */
export const DIR_HELP =
  'the meetings repository, or any folder or file inside it (default: found from the current folder)';

/**
 * The repository a command works on, found like git finds its repository: from `dir` when given, else
 * from the first of `paths` (meeting files named on the command line) that exists, else from the
 * current folder, looking for sbp.yaml there and in every folder above. A usage fault when none.
 */
export function locateRepository(
  command: string,
  dir: string | undefined,
  paths: readonly string[] = [],
): { root: string } | { outcome: CommandOutcome } {
  const cwd = process.cwd();
  const start = dir ?? paths.find((p) => /[/\\]|\.md$/.test(p) && statPath(path.resolve(cwd, p))) ?? cwd;
  if (dir !== undefined && statPath(path.resolve(cwd, dir)) === undefined)
    return {
      outcome: sayUsage(
        command,
        `${dir} does not exist: give the meetings repository (the folder that holds sbp.yaml) or a folder inside it`,
      ),
    };
  const root = findRepositoryRoot(path.resolve(cwd, start));
  if (root) return { root };
  const where = start === cwd ? 'the current folder' : start;
  return {
    outcome: sayUsage(
      command,
      `no sbp.yaml in ${where} or any folder above it: run sbp inside the meetings repository or name it (--dir), or start one with sbp init <folder>`,
    ),
  };
}
