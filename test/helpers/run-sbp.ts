import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './make-temp-repo.js';

/** What a run of bin/sbp printed and how it exited. */
export interface SbpRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Run bin/sbp with arguments, as a user would, without colour unless asked. */
export function runSbp(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): SbpRun {
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/sbp'), ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env },
    input: options.input,
    encoding: 'utf8',
    // A hang guard only (see vitest.config.ts): a slow run on a busy machine is not a failure.
    timeout: 15 * 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
