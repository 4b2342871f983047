import path from 'node:path';
import type { BuildResult } from '../../compile/build-meetings.js';
import { formatHuman } from '../../diagnostics/format-human.js';

/** Say what a build did: names that matched nothing, findings, files written, documents up to date, accessibility. */
export async function printBuildResult(result: BuildResult): Promise<void> {
  for (const line of result.unknown) process.stderr.write(`sbp build: ${line}\n`);
  if (result.diagnostics.length > 0) {
    const filesChecked = new Set(result.diagnostics.map((d) => d.file)).size;
    process.stderr.write(formatHuman(result.diagnostics, { colour: false, sources: new Map(), filesChecked }));
  }
  for (const file of result.written) process.stdout.write(`wrote ${path.relative(process.cwd(), file) || file}\n`);
  if (result.upToDate.length > 0) process.stdout.write(`${result.upToDate.length} up to date\n`);
  if (result.accessibility.length > 0) {
    // The checker's summary loads only when --check-accessibility asked for it.
    const { formatAccessibilitySummary } = await import('../../audit/format-accessibility-summary.js');
    for (const { file, report } of result.accessibility)
      process.stdout.write(formatAccessibilitySummary(path.relative(process.cwd(), file) || file, report));
  }
  if (result.unknown.length === 0 && result.written.length + result.upToDate.length === 0 && !result.diagnostics.length)
    process.stdout.write('nothing to build\n');
}
