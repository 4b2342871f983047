import type { Diagnostic } from '../diagnostics/diagnostic.js';
/** Requests the browser refused across the run that the renderer did not already catch (e.g. url() in user CSS). */
export function describeRefusals(refused: ReadonlySet<string>): Diagnostic[] {
  return [...refused].map((url) => ({
    code: 'image-refused' as const,
    severity: 'warning' as const,
    file: 'sbp.yaml',
    line: 1,
    column: 1,
    message: `the page asked for ${url}, which was refused`,
    hint: 'Something in a template or stylesheet (e.g. url() in templates.css) names a file outside the repository or on the network; sbp loads only files inside the repository.',
  }));
}

/** The date written into PDFs: SOURCE_DATE_EPOCH when set, else the given day at midnight UTC. */
export function fixedDate(env: NodeJS.ProcessEnv, isoDay: string): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  return new Date(`${isoDay}T00:00:00Z`);
}
