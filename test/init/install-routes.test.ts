import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

const run = promisify(execFile);
const ENV = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true', NO_COLOR: '1', npm_config_update_notifier: 'false' };
const VERSION = (await import('../../package.json', { with: { type: 'json' } })).default.version;

/** Install `spec` into a new empty folder as a clerk's repository (or its CI) would, then use the sbp it got. */
async function installAndUse(spec: string): Promise<{ version: string; check: string }> {
  const folder = makeTempDir('sbp-install-');
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', spec], { cwd: folder, env: ENV });
  const version = (await run('npx', ['--no-install', 'sbp', '--version'], { cwd: folder, env: ENV })).stdout.trim();
  await run('npx', ['--no-install', 'sbp', 'init', 'meetings', '--date', '2027-01-14'], { cwd: folder, env: ENV });
  // From inside the new repository, as the workflow runs it.
  const check = await run('npx', ['--no-install', 'sbp', 'check'], { cwd: path.join(folder, 'meetings'), env: ENV });
  return { version, check: check.stdout };
}

describe('installing sbp by the routes sbp init and the README give', () => {
  it("installs from npm pack's tarball and from a git+file:// clone (prepare compiles), and both run", async () => {
    // The tarball holds the dist/ the test run compiled; --ignore-scripts keeps npm pack from rebuilding it under other tests.
    const packed = makeTempDir('sbp-pack-');
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', packed], { cwd: PROJECT_ROOT, env: ENV });
    const tarball = path.join(packed, readdirSync(packed).find((f) => f.endsWith('.tgz'))!);
    expect(path.basename(tarball)).toBe(`safer-bromley-sbp-${VERSION}.tgz`);
    // A clone has no dist/ (it is not committed): npm must run prepare, with the devDependencies, to compile it.
    const clone = path.join(makeTempDir('sbp-clone-'), 'sbp');
    await run('git', ['clone', '--quiet', '--depth', '1', `file://${PROJECT_ROOT}`, clone], { env: ENV });
    expect(readdirSync(clone)).not.toContain('dist');

    const [fromTarball, fromGit] = await Promise.all([installAndUse(tarball), installAndUse(`git+file://${clone}`)]);
    for (const installed of [fromTarball, fromGit]) {
      expect(installed.version).toBe(VERSION);
      expect(installed.check).toBe('✔ no problems in 3 files\n');
    }
  });
});
