import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Parse workers: Markdown texts parsed on other cores, each answer the encoded tree (see tree-cache-codec.ts). */
export interface ParsePool {
  parse(text: string): Promise<Uint8Array>;
  close(): void;
}

/** How many workers a cold run starts: SBP_PARSE_WORKERS, else one per core beside the main thread (at most 4). */
export function countParseWorkers(env: NodeJS.ProcessEnv): number {
  const asked = Number(env.SBP_PARSE_WORKERS);
  if (env.SBP_PARSE_WORKERS !== undefined && Number.isInteger(asked) && asked >= 0) return Math.min(asked, 16);
  return Math.min(4, Math.max(0, os.availableParallelism() - 1));
}

/**
 * Start `size` parse workers, or none (undefined) when the compiled worker is not there (sbp run from its
 * TypeScript sources, as in the tests). A worker that fails makes its texts fail, for the caller to parse.
 */
export function createParsePool(size: number): ParsePool | undefined {
  const script = new URL('./parse-worker.js', import.meta.url);
  if (size <= 0 || !existsSync(fileURLToPath(script))) return undefined;
  const tasks = new Map<number, { worker: number; resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  const pending = new Array<number>(size).fill(0);
  const alive = new Array<boolean>(size).fill(true);
  let next = 0;
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(script);
    // Workers never keep sbp running: a run that ends closes them, one that crashes leaves none behind.
    worker.unref();
    worker.on('message', (answer: { id: number; bytes?: Uint8Array; error?: string }) => {
      const task = tasks.get(answer.id);
      tasks.delete(answer.id);
      pending[index]--;
      if (answer.bytes) task?.resolve(answer.bytes);
      else task?.reject(new Error(answer.error ?? 'the parse worker failed'));
    });
    worker.on('error', (error) => {
      alive[index] = false;
      for (const [id, task] of tasks)
        if (task.worker === index) {
          tasks.delete(id);
          task.reject(error);
        }
    });
    return worker;
  });
  return {
    parse(text) {
      // The least busy worker that still runs; none left, and the caller parses the text itself.
      let chosen = -1;
      for (let w = 0; w < size; w++) if (alive[w] && (chosen === -1 || pending[w] < pending[chosen])) chosen = w;
      if (chosen === -1) return Promise.reject(new Error('no parse worker is running'));
      const id = next++;
      pending[chosen]++;
      return new Promise((resolve, reject) => {
        tasks.set(id, { worker: chosen, resolve, reject });
        workers[chosen].postMessage({ id, text });
      });
    },
    close() {
      for (const worker of workers) void worker.terminate();
    },
  };
}
