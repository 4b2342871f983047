import { watch } from 'node:fs';
import path from 'node:path';

/** Call `onChange` (debounced) when a file under `dir` changes, except under the folders in `ignore`; returns a stop function. */
export function watchFolder(dir: string, ignore: readonly string[], onChange: () => void, delayMs = 200): () => void {
  const skipped = ignore.map((p) => path.resolve(p));
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    if (!name) return;
    const file = path.resolve(dir, name.toString());
    if (skipped.some((s) => file === s || file.startsWith(`${s}${path.sep}`))) return;
    if (file.split(path.sep).includes('.git')) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
