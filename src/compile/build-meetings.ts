import path from 'node:path';
import { BUNDLED_TEMPLATES_DIR } from '../load/load-templates.js';
import type { PrintSession } from '../write/print-session.js';
import { startPrintSession } from '../write/start-print-session.js';
import type { BuildOptions, BuildResult } from './build-options.js';

export type { BuildOptions, BuildResult } from './build-options.js';

/** Build agenda packs and minutes as PDF (and HTML) for the chosen meetings, with one Chromium for the run. */
export async function buildMeetings(options: BuildOptions): Promise<BuildResult> {
  const env = options.env ?? process.env;
  // SBP_PRINT_TIMEOUT: seconds Chromium may take to print one document (default 60; starting it is not counted).
  const seconds = Number(env.SBP_PRINT_TIMEOUT);
  let starting: Promise<PrintSession> | undefined;
  const session = () => {
    starting ??= startPrintSession({
      allowedRoots: [path.resolve(options.dir), BUNDLED_TEMPLATES_DIR],
      env,
      timeoutMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined,
    });
    starting.catch(() => undefined);
    return starting;
  };
  // Named meetings are printed unless built before. Chromium takes about a second to start and settle: it is
  // started first, on a thread of its own, while the rest of sbp loads and reads the repository on this one.
  if (!options.all) void session();
  try {
    const { buildCheckedMeetings } = await import('./build-checked-meetings.js');
    return await buildCheckedMeetings(options, env, session);
  } finally {
    if (starting)
      await starting.then(
        (browser) => browser.close(),
        () => undefined,
      );
  }
}
