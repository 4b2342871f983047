import path from 'node:path';
import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import type { CheckResult } from '../../pipeline/check-repository.js';
import { checkOrExplain } from './load-repository-model.js';

/**
 * `sbp check --watch`: check, print, and check again whenever a file of the repository changes, until
 * Ctrl+C. Each run opens with "sbp check: checking" and ends with the summary line, the two lines an
 * editor's background task (the .vscode/tasks.json sbp init writes) watches for.
 */
export async function watchRepository(
  dir: string | undefined,
  options: { cache?: boolean },
  print: (result: CheckResult) => Promise<void>,
): Promise<CommandOutcome> {
  const first = await checkOrExplain('check', dir, [], options);
  if ('outcome' in first) return first.outcome;
  const { root } = first.result;
  const run = async (result?: CheckResult) => {
    process.stdout.write(`sbp check: checking ${root}\n`);
    const checked = result ? { result } : await checkOrExplain('check', root, [], options);
    if ('result' in checked) await print(checked.result);
  };
  const { watchFolder } = await import('../../load/watch-folder.js');
  // Build output and caches change while sbp runs: they are not the clerk's edits.
  const ignore = ['out', 'public', '.sbp-cache'].map((p) => path.join(root, p));
  // Watching starts before the first summary is printed, so that a save made as soon as it appears is seen; runs
  // queue, each after the one before.
  let running = Promise.resolve();
  const stop = watchFolder(root, ignore, () => {
    running = running.then(() => run());
  });
  running = running.then(() => run(first.result));
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  stop();
  return {};
}
