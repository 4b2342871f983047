import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { closeOnSignal } from './close-on-signal.js';
import { BrowserFailedError, launchBrowser } from './launch-browser.js';
import { type PrintOptions, type PrintResult, printHtmlToPdf } from './print-pdf.js';
import {
  type FromPrintWorker,
  type PrintSession,
  type PrintWorkerData,
  reviveWorkerError,
  type ToPrintWorker,
} from './print-session.js';

/**
 * Start a print session: Chromium launched and driven from a worker thread (print-worker.ts), so that the main
 * thread's parsing and checking never delay it. Resolves once Chromium is ready; rejects as launchBrowser would.
 * Run from its TypeScript sources (the tests), where no compiled worker exists, it drives Chromium from this thread.
 */
export async function startPrintSession(options: PrintWorkerData): Promise<PrintSession> {
  const script = new URL('./print-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    const session = await launchBrowser(options);
    return { print: (html, printOptions) => printHtmlToPdf(session, html, printOptions), close: session.close };
  }
  const worker = new Worker(script, { workerData: { ...options, env: options.env && { ...options.env } } });
  const prints = new Map<number, { resolve(result: PrintResult): void; reject(error: Error): void }>();
  let next = 0;
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  let end: (() => void) | undefined;
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  // A worker that dies takes its prints with it, and every print asked for later: each fails as a browser failure.
  let lost: Error | undefined;
  const fail = (error: Error) => {
    lost ??= error;
    settle?.reject(error);
    for (const pending of prints.values()) pending.reject(error);
    prints.clear();
    end?.();
  };
  worker.on('message', (message: FromPrintWorker) => {
    if (message.type === 'ready') settle?.resolve();
    else if (message.type === 'failed') fail(reviveWorkerError(message.error));
    else if (message.type === 'closed') end?.();
    else {
      const pending = prints.get(message.id);
      prints.delete(message.id);
      if (message.result) pending?.resolve(message.result);
      else pending?.reject(reviveWorkerError(message.error ?? { name: 'Error', message: 'the print failed' }));
    }
  });
  worker.on('error', (error) => fail(new BrowserFailedError(`the print worker failed: ${error.message}`)));
  worker.on('exit', () => fail(new BrowserFailedError('the print worker stopped')));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      worker.postMessage({ type: 'close' } satisfies ToPrintWorker);
      await ended;
      untrack();
      await worker.terminate();
    })());
  // Signals come to this thread only: they close the worker's Chromium as they would close one of this thread's.
  const untrack = closeOnSignal(close);
  try {
    await ready;
  } catch (error) {
    await close();
    throw error;
  }
  return {
    print(html: string, printOptions: PrintOptions) {
      if (closing) return Promise.reject(new BrowserFailedError('the browser was closed'));
      if (lost) return Promise.reject(lost);
      const id = next++;
      return new Promise<PrintResult>((resolve, reject) => {
        prints.set(id, { resolve, reject });
        worker.postMessage({ type: 'print', id, html, options: printOptions } satisfies ToPrintWorker);
      });
    },
    close,
  };
}
