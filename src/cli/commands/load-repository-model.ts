import type { Repository } from '../../model/model-types.js';
import type { CheckResult } from '../../pipeline/check-repository.js';

/** Check the repository; a folder that is no repository is said on stderr (exit 2) and gives undefined. */
export async function checkOrExplain(
  command: string,
  dir: string,
  flag = '',
  options: { cache?: boolean } = {},
): Promise<CheckResult | undefined> {
  const { checkRepository, RepositoryNotFoundError } = await import('../../pipeline/check-repository.js');
  try {
    return await checkRepository(dir, options);
  } catch (error) {
    if (!(error instanceof RepositoryNotFoundError)) throw error;
    process.stderr.write(`sbp ${command}: ${error.message}: give the folder that holds sbp.yaml${flag}\n`);
    process.exitCode = 2;
    return undefined;
  }
}

/**
 * Check the repository for a command that needs its model: the model, or undefined after saying why
 * on stderr (exit code set). Errors elsewhere in the repository only earn a one-line warning.
 */
export async function loadRepositoryModel(command: string, dir: string): Promise<Repository | undefined> {
  const { countDiagnostics } = await import('../../diagnostics/diagnostic.js');
  const result = await checkOrExplain(command, dir, ' (--dir)');
  if (!result) return undefined;
  const { errors } = countDiagnostics(result.diagnostics);
  if (!result.repository) {
    process.stderr.write(
      `sbp ${command}: sbp.yaml or roster.yaml cannot be used (${errors} error${errors === 1 ? '' : 's'}): run sbp check ${dir}\n`,
    );
    process.exitCode = 1;
    return undefined;
  }
  if (errors > 0)
    process.stderr.write(
      `sbp ${command}: warning: ${errors} error${errors === 1 ? '' : 's'} in the repository: run sbp check\n`,
    );
  return result.repository;
}
