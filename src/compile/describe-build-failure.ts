import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentTimeoutError } from './find-slow-papers.js';
import type { DocumentPlan } from './plan-documents.js';

/** A document of the run that was not written, and why: a finding on its meeting file. */
export function describeBuildFailure(plan: DocumentPlan, why: string): Diagnostic {
  return {
    code: 'build-failed',
    severity: 'error',
    file: plan.meeting.file,
    line: 1,
    column: 1,
    message: `${plan.fileName} was not written: ${why}`,
  };
}

/** A document Chromium could not print in time: a finding on each paper too slow alone, else on the meeting. */
export function describeTimeout(plan: DocumentPlan, error: DocumentTimeoutError): Diagnostic[] {
  const seconds = Math.round(error.seconds);
  const hint =
    'Shorten or split it: a very long table, a line of thousands of unbroken characters or a stylesheet rule such as word-break: break-all are the usual causes; a large report can be supplied as a PDF paper. SBP_PRINT_TIMEOUT sets the limit in seconds.';
  if (error.papers.length === 0)
    return [
      {
        ...describeBuildFailure(
          plan,
          `Chromium could not print it within ${seconds} s, though each of its papers prints alone`,
        ),
        code: 'print-timeout',
        hint,
      },
    ];
  return error.papers.map((file) => ({
    code: 'print-timeout',
    severity: 'error',
    file,
    line: 1,
    column: 1,
    message: `Chromium could not print ${file === plan.meeting.file ? 'these minutes' : 'this paper'} within ${seconds} s, so ${plan.fileName} was not written`,
    hint,
  }));
}
