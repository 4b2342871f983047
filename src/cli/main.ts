import { Command, CommanderError } from 'commander';
import { decideExitCode } from '../diagnostics/decide-exit-code.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { registerActionsCommand } from './commands/actions-command.js';
import { registerBuildCommand } from './commands/build-command.js';
import { registerCheckCommand } from './commands/check-command.js';
import { registerInitCommand } from './commands/init-command.js';
import { registerNewMeetingCommand } from './commands/new-meeting-command.js';
import { registerNewMinutesCommand } from './commands/new-minutes-command.js';
import { registerSiteCommand } from './commands/site-command.js';

/**
 * Run the sbp command line. Every command returns its outcome and `settle` turns it into the exit code by
 * the one rule (decideExitCode: 0 clean, 1 findings in the user's files, 2 usage, environment or internal error);
 * faults that never reach a command (commander's usage errors, internal errors) go through the same rule here.
 */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('sbp')
    .description("Validate, cross-link and compile a partnership's meetings (agenda packs and minutes).")
    .version(readPackageVersion(), '-V, --version')
    .showHelpAfterError('(run sbp --help for usage)')
    .exitOverride();
  registerCheckCommand(program);
  registerBuildCommand(program);
  registerActionsCommand(program);
  registerNewMeetingCommand(program);
  registerNewMinutesCommand(program);
  registerInitCommand(program);
  registerSiteCommand(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage mistakes exit 2.
      process.exitCode = decideExitCode({ usage: error.exitCode !== 0 });
      return;
    }
    process.stderr.write(`sbp: internal error: ${(error as Error).message}\n`);
    if (process.env.SBP_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = decideExitCode({ internal: true });
  }
}
