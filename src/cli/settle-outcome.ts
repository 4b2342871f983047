import { type CommandOutcome, decideExitCode } from '../diagnostics/decide-exit-code.js';

/** A command's action that ends with its outcome; `settle` turns that outcome into the exit code. */
type Action<A extends unknown[]> = (...args: A) => Promise<CommandOutcome>;

/** Wrap a command's action: the outcome it returns decides the exit code, by the one rule (decideExitCode). */
export function settle<A extends unknown[]>(action: Action<A>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    process.exitCode = decideExitCode(await action(...args));
  };
}

/** Say on stderr that the command line cannot be carried out as typed (the message says what to give); a usage fault. */
export function sayUsage(command: string, message: string): CommandOutcome {
  process.stderr.write(`sbp ${command}: ${message}\n`);
  return { usage: true };
}

/** Say on stderr that the command refused to change the user's files; the outcome is a refusal. */
export function sayRefusal(command: string, message: string): CommandOutcome {
  process.stderr.write(`sbp ${command}: ${message}\n`);
  return { refused: true };
}

/** Say on stderr that this machine lacks what the command needs (a browser); the outcome says so. */
export function sayCannotRun(command: string, message: string): CommandOutcome {
  process.stderr.write(`sbp ${command}: ${message}\n`);
  return { environment: true };
}
