import { describe, expect, it } from 'vitest';
import { decideExitCode } from '../../src/diagnostics/decide-exit-code.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const at = { file: 'board/2024-06-13.md', line: 1, column: 1, message: 'x' } as const;
const error: Diagnostic = { ...at, code: 'unknown-person', severity: 'error' };
const warning: Diagnostic = { ...at, code: 'heading-missing', severity: 'warning' };

describe('decideExitCode, the one rule for every command', () => {
  it('is 0 when nothing is wrong, warnings included unless --strict', () => {
    expect(decideExitCode({})).toBe(0);
    expect(decideExitCode({ diagnostics: [warning] })).toBe(0);
  });

  it('is 1 for errors in the user files, warnings under --strict, refusals and failed checks', () => {
    expect(decideExitCode({ diagnostics: [warning, error] })).toBe(1);
    expect(decideExitCode({ diagnostics: [warning], strict: true })).toBe(1);
    expect(decideExitCode({ refused: true })).toBe(1);
    expect(decideExitCode({ failedCheck: true })).toBe(1);
  });

  it('is 2 for usage, environment and internal faults, whatever the files hold', () => {
    for (const fault of [{ usage: true }, { environment: true }, { internal: true }])
      expect(decideExitCode({ ...fault, diagnostics: [error], refused: true, failedCheck: true })).toBe(2);
  });
});
