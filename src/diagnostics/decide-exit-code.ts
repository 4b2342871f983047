import { countDiagnostics, type Diagnostic } from './diagnostic.js';

/** What a command ends with: the diagnostics it collected and any fault that is not about the user's files. */
export interface CommandOutcome {
  /** Findings in the user's files (errors, and warnings that --strict counts). */
  diagnostics?: readonly Diagnostic[];
  /** --strict: warnings count as findings. */
  strict?: boolean;
  /**
   * The command line cannot be carried out as typed: an unknown option or value, a name that matches
   * nothing (meeting, body, owner), no repository found.
   */
  usage?: boolean;
  /** The machine lacks what the command needs (no browser to print with). */
  environment?: boolean;
  /** The command refused to change the user's files as asked (the file or meeting already exists). */
  refused?: boolean;
  /** A check the user asked for on what the command wrote failed (`sbp build --check-accessibility`). */
  failedCheck?: boolean;
  /** A fault in sbp itself. */
  internal?: boolean;
}

/** Exit codes: 0 clean, 1 findings in the user's files (or a refusal, or a failed check), 2 usage, environment or internal error. */
export type ExitCode = 0 | 1 | 2;

/** The one rule for every command's exit code. */
export function decideExitCode(outcome: CommandOutcome): ExitCode {
  if (outcome.usage || outcome.environment || outcome.internal) return 2;
  if (outcome.refused || outcome.failedCheck) return 1;
  const { errors, warnings } = countDiagnostics(outcome.diagnostics ?? []);
  return errors > 0 || (outcome.strict === true && warnings > 0) ? 1 : 0;
}
