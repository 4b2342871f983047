import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BUNDLED_MEETINGS, makeTempDir, PROJECT_ROOT } from '../helpers/make-temp-repo.js';

/** Look for something up to `tries` times, 100 ms apart: a bounded count of looks, not a clock. */
async function pollFor<T>(find: () => T | undefined, tries: number): Promise<T | undefined> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found !== undefined) return found;
    await sleep(100);
  }
  return find();
}

/** Process ids whose command line names `text` (Chromium's processes all carry their --user-data-dir). */
function processesNaming(text: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      // A zombie has already exited: it holds no memory and no files, only an entry awaiting its reaper.
      if (cmdline.includes(text) && state !== 'Z') pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** The scratch folder of the build's browser, once it holds a page being printed. */
function findPrintingScratch(tmp: string): string | undefined {
  for (const name of readdirSync(tmp).filter((n) => n.startsWith('sbp-chromium-'))) {
    const dir = path.join(tmp, name);
    try {
      if (readdirSync(dir).some((f) => f.endsWith('.html'))) return dir;
    } catch {
      // Not there any more.
    }
  }
  return undefined;
}

const CASES = [
  { signal: 'SIGTERM', exit: { code: 143, signal: null } },
  { signal: 'SIGINT', exit: { code: 130, signal: null } },
  { signal: 'SIGKILL', exit: { code: null, signal: 'SIGKILL' } },
] as const;

describe('a build killed mid-print', () => {
  it.each(CASES)('$signal leaves no Chromium running and no scratch or profile folder', async ({ signal, exit }) => {
    // A temp folder of its own, so that anything the run leaves in it is seen.
    const tmp = makeTempDir('sbp-kill-');
    const out = makeTempDir('sbp-kill-out-');
    const child = spawn(
      process.execPath,
      [
        path.join(PROJECT_ROOT, 'bin/sbp'),
        'build',
        '--all',
        '--force',
        '--full',
        '--dir',
        BUNDLED_MEETINGS,
        '--out',
        out,
      ],
      { env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp }, stdio: 'ignore' },
    );
    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('exit', (code, sig) => resolve({ code, signal: sig })),
    );
    const scratch = await pollFor(() => findPrintingScratch(tmp), 3000);
    if (!scratch) throw new Error(`the build never started printing (${readdirSync(tmp).join(', ')})`);
    expect(processesNaming(scratch).length).toBeGreaterThan(0);

    child.kill(signal);
    expect(await exited).toEqual(exit);
    const clean = () => (processesNaming(scratch).length === 0 && !existsSync(scratch) ? true : undefined);
    expect(await pollFor(clean, 1200), `left: ${processesNaming(scratch)}`).toBe(true);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
