import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Compile src/ to dist/ once, so tests of bin/sbp run the code under test (type errors fail `npm ci`'s prepare step). */
export default function compileOnce(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')],
    { encoding: 'utf8' },
  );
  if (run.status !== 0)
    process.stderr.write(`tsc reported errors (dist/ was still emitted):\n${run.stdout}${run.stderr}`);
}
