import { layOutPack } from '../render/build-pack-view.js';
import type { PackView } from '../render/pack-view-types.js';
import { PrintTimeoutError } from '../write/print-pdf.js';
import { type PrintContext, printDocument } from './print-context.js';

/** A document Chromium could not print in time, with the papers that cannot be printed even alone. */
export class DocumentTimeoutError extends Error {
  constructor(
    message: string,
    /** Seconds the document was given. */
    readonly seconds: number,
    /** Repository paths of the Markdown files found too slow to print on their own (may be none). */
    readonly papers: string[],
  ) {
    super(message);
    this.name = 'DocumentTimeoutError';
  }
}

/**
 * Run `print` of the pack `view`; when Chromium times out, name the papers it cannot print even alone (a
 * DocumentTimeoutError), rather than the meeting.
 */
export async function printNamingSlowPapers<T>(
  context: PrintContext,
  view: PackView,
  print: () => Promise<T>,
): Promise<T> {
  try {
    return await print();
  } catch (error) {
    if (!(error instanceof PrintTimeoutError)) throw error;
    const slow = await findSlowPapers(context, view, error.seconds * 1000);
    throw new DocumentTimeoutError(error.message, error.seconds, slow);
  }
}

/** The shortest time a paper printed alone is given; a paper needing more than that is the likely culprit. */
const MIN_ALONE_MS = 10_000;

/**
 * After a pack timed out: print each of its Markdown sections alone, with half the time (at least ten
 * seconds), and name those that still time out.
 */
export async function findSlowPapers(context: PrintContext, view: PackView, timeoutMs: number): Promise<string[]> {
  const slow: string[] = [];
  const alone = Math.max(MIN_ALONE_MS, Math.round(timeoutMs / 2));
  for (const section of view.sections) {
    if (!section.file || slow.includes(section.file)) continue;
    const html = context.renderer.render(
      'pack',
      layOutPack({ ...view, agenda: [], sections: [section] }, { pages: new Map(), blankBefore: new Set() }),
    );
    try {
      await printDocument(context, html, `${section.id}-alone`, alone);
    } catch (error) {
      if (!(error instanceof PrintTimeoutError)) throw error;
      slow.push(section.file);
    }
  }
  return slow;
}
