import { BrowserNotFoundError } from './find-browser.js';
import { BrowserFailedError } from './launch-browser.js';
import { type PrintOptions, type PrintResult, PrintTimeoutError } from './print-pdf.js';

/** What prints a run's documents: one Chromium, driven from a worker thread or from sbp's own. */
export interface PrintSession {
  /** Print HTML to PDF, as printHtmlToPdf does; prints asked for at once queue for the one page. */
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  /** End Chromium and remove its scratch folder (once; later calls wait for the first). */
  close(): Promise<void>;
}

/** How a session's Chromium is launched (launchBrowser's options). */
export interface PrintWorkerData {
  allowedRoots: string[];
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
}

/** Messages from sbp's main thread to the print worker. */
export type ToPrintWorker = { type: 'print'; id: number; html: string; options: PrintOptions } | { type: 'close' };

/** An error as it crosses from the worker: enough to throw the same kind of error again. */
export interface WorkerError {
  name: string;
  message: string;
  seconds?: number;
}

/** Messages from the print worker to sbp's main thread. */
export type FromPrintWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: WorkerError }
  | { type: 'printed'; id: number; result?: PrintResult; error?: WorkerError }
  | { type: 'closed' };

/** An error thrown in the worker, as a message. */
export function describeWorkerError(error: unknown): WorkerError {
  const e = error instanceof Error ? error : new Error(String(error));
  return { name: e.name, message: e.message, seconds: e instanceof PrintTimeoutError ? e.seconds : undefined };
}

/** The error a worker's message describes, of the class sbp's callers look for. */
export function reviveWorkerError(error: WorkerError): Error {
  if (error.name === 'PrintTimeoutError') return new PrintTimeoutError(error.message, error.seconds ?? 0);
  if (error.name === 'BrowserNotFoundError') return new BrowserNotFoundError([], error.message);
  if (error.name === 'BrowserFailedError') return new BrowserFailedError(error.message);
  return new Error(error.message);
}
