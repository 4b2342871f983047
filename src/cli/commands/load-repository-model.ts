import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Repository } from '../../model/model-types.js';
import type { CheckResult } from '../../pipeline/check-repository.js';
import { locateRepository } from '../locate-repository.js';

/** The repository found from `dir` (or `paths`, or the current folder) and checked; or the outcome that ends the command. */
export async function checkOrExplain(
  command: string,
  dir: string | undefined,
  paths: readonly string[] = [],
): Promise<{ result: CheckResult } | { outcome: CommandOutcome }> {
  const located = locateRepository(command, dir, paths);
  if ('outcome' in located) return located;
  const { checkRepository } = await import('../../pipeline/check-repository.js');
  // Commands need the structure only, not the minutes text: the fast outline parse.
  return { result: await checkRepository(located.root, { bodies: 'outline' }) };
}

/** A repository model for a command, with the findings that decide its exit code. */
export interface LoadedModel {
  repository: Repository;
  /** Every finding in the repository: errors elsewhere earn a warning line and exit 1, not silence. */
  diagnostics: Diagnostic[];
}

/**
 * Check the repository for a command that needs its model: the model, or the outcome after saying why
 * on stderr. Errors elsewhere in the repository are said in one line; the command still runs.
 */
export async function loadRepositoryModel(
  command: string,
  dir: string | undefined,
  paths: readonly string[] = [],
): Promise<LoadedModel | { outcome: CommandOutcome }> {
  const checked = await checkOrExplain(command, dir, paths);
  if ('outcome' in checked) return checked;
  const { countDiagnostics } = await import('../../diagnostics/diagnostic.js');
  const { repository, diagnostics } = checked.result;
  const { errors } = countDiagnostics(diagnostics);
  const plural = `${errors} error${errors === 1 ? '' : 's'}`;
  if (!repository) {
    process.stderr.write(`sbp ${command}: sbp.yaml or roster.yaml cannot be used (${plural}): run sbp check\n`);
    return { outcome: { diagnostics } };
  }
  if (errors > 0) process.stderr.write(`sbp ${command}: warning: ${plural} in the repository: run sbp check\n`);
  return { repository, diagnostics };
}
