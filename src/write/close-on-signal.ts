import { constants } from 'node:os';

type Cleanup = () => Promise<void>;

const open = new Set<Cleanup>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long a signal waits for the browsers to close before exiting anyway (the watchdog finishes the job). */
const GRACE_MS = 5000;
let exiting = false;

function onSignal(signal: (typeof SIGNALS)[number]): void {
  const code = 128 + constants.signals[signal];
  // A second signal while closing: stop waiting.
  if (exiting) process.exit(code);
  exiting = true;
  const grace = new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref());
  void Promise.race([Promise.allSettled([...open].map((close) => close())), grace]).then(() => process.exit(code));
}

/**
 * Keep `cleanup` (closing a browser and removing its scratch folder) to run if SIGINT, SIGTERM or SIGHUP
 * arrives while it is registered; the process then exits 128 + the signal's number (130, 143, 129).
 * Returns the function that unregisters it; with nothing registered, signals act as Node's defaults.
 */
export function closeOnSignal(cleanup: Cleanup): () => void {
  if (open.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  open.add(cleanup);
  return () => {
    open.delete(cleanup);
    if (open.size === 0) for (const signal of SIGNALS) process.off(signal, onSignal);
  };
}
