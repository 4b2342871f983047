import { parentPort, workerData } from 'node:worker_threads';
import { launchBrowser } from './launch-browser.js';
import { printHtmlToPdf } from './print-pdf.js';
import {
  describeWorkerError,
  type FromPrintWorker,
  type PrintWorkerData,
  type ToPrintWorker,
} from './print-session.js';

// The print worker: one Chromium, launched at once, printing what sbp's main thread sends it. Here puppeteer loads
// and talks to Chromium on a thread of its own, so parsing on the main thread never holds up Chromium's start-up
// handshake, its page requests or its prints.
const port = parentPort;
const data = workerData as PrintWorkerData;
// Signals reach the main thread only: it asks this worker to close.
const starting = launchBrowser({ ...data, handleSignals: false });
const send = (message: FromPrintWorker) => port?.postMessage(message);

starting.then(
  () => send({ type: 'ready' }),
  (error: unknown) => send({ type: 'failed', error: describeWorkerError(error) }),
);

port?.on('message', (message: ToPrintWorker) => {
  if (message.type === 'print') {
    starting
      .then((session) => printHtmlToPdf(session, message.html, message.options))
      .then(
        (result) => send({ type: 'printed', id: message.id, result }),
        (error: unknown) => send({ type: 'printed', id: message.id, error: describeWorkerError(error) }),
      );
    return;
  }
  void starting
    .then(
      (session) => session.close(),
      () => undefined,
    )
    .finally(() => send({ type: 'closed' }));
});
