import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Compile src/ to dist/ (and bundle it, as bin/sbp runs it) once, so tests of bin/sbp run the code under test (type errors fail `npm ci`'s prepare
 * step), and give the run its own print cache, removed afterwards, so that tests never touch ~/.cache.
 */
export default function compileOnce(): () => void {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'sbp-test-cache-'));
  process.env.SBP_CACHE_DIR = cache;
  const root = path.resolve(import.meta.dirname, '../..');
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')],
    { encoding: 'utf8' },
  );
  if (run.status !== 0)
    process.stderr.write(`tsc reported errors (dist/ was still emitted):\n${run.stdout}${run.stderr}`);
  // bin/sbp runs the bundle of what tsc just wrote.
  const bundle = spawnSync(process.execPath, [path.join(root, 'scripts/bundle.mjs')], { encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`bundling dist/ failed:\n${bundle.stdout}${bundle.stderr}`);
  return () => rmSync(cache, { recursive: true, force: true });
}
