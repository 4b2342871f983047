import { spawn } from 'node:child_process';

/** A process that outlives sbp to clean up after it if sbp dies without closing its browser. */
export interface Watchdog {
  /** The browser's process id: its process group is killed if sbp dies. */
  watch(pid: number): void;
  /** The browser was closed and the folder removed: the watchdog exits doing nothing. */
  release(): void;
}

// Runs in its own process (node -e, CommonJS). Its stdin is a pipe from sbp: the pipe closes when sbp exits,
// however it exits (even SIGKILL, which sbp cannot catch). Without "done" first, it kills the browser's
// process group (only if that process is still the browser of this folder: a pid can be reused) and
// removes the folder, retrying while the dying browser still holds files in it.
const SCRIPT = `
const fs = require('node:fs');
const dir = process.argv[1];
let pid = 0, done = false, pending = '';
const isOurBrowser = () => {
  try { return fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').includes(dir); }
  catch { return !fs.existsSync('/proc/self'); }
};
const kill = () => { if (pid && isOurBrowser()) try { process.kill(-pid, 'SIGKILL'); } catch {} };
const clean = (tries) => {
  if (done) return process.exit(0);
  kill();
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  if (fs.existsSync(dir) && tries > 0) return setTimeout(clean, 100, tries - 1);
  process.exit(0);
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  const lines = pending.split('\\n');
  pending = lines.pop();
  for (const line of lines) if (line === 'done') done = true; else if (/^[0-9]+$/.test(line)) pid = Number(line);
});
process.stdin.on('end', () => clean(50));
process.stdin.on('error', () => clean(50));
`;

/**
 * Start a detached watchdog for `scratchDir` (the browser's profile and scratch files). It holds no
 * reference on sbp's event loop and is in its own process group, so a Ctrl-C to sbp's group spares it.
 */
export function startWatchdog(scratchDir: string): Watchdog {
  const child = spawn(process.execPath, ['-e', SCRIPT, scratchDir], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // A watchdog that cannot start leaves the run as it was without one; it must not fail the build.
  child.on('error', () => undefined);
  child.stdin.on('error', () => undefined);
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    watch: (pid) => void child.stdin.write(`${pid}\n`),
    release: () => void child.stdin.end('done\n'),
  };
}
