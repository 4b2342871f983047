import type { AccessibilityReport } from '../audit/check-accessibility.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Repository } from '../model/model-types.js';
import type { Shard } from './select-shard.js';

/** What to build: meetings by name (or all), where, and which copies. */
export interface BuildOptions {
  dir: string;
  meetings: string[];
  all: boolean;
  full: boolean;
  html: boolean;
  out?: string;
  force: boolean;
  /** Use the parse cache in the repository's .sbp-cache/ (default: yes, unless SBP_NO_CACHE=1). */
  cache?: boolean;
  /** Build only this part of the documents (for a rebuild spread over a job matrix). */
  shard?: Shard;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once per document, for a progress line. */
  onDocument?: (line: string) => void;
  /** Run the PDF/UA-1 machine checks on every PDF written (`sbp build --check-accessibility`). */
  checkAccessibility?: boolean;
  /** Only the selected meetings this accepts are built (sbp site: published agendas only). */
  accept?: (meeting: Repository['meetings'][number]) => boolean;
}

/** The outcome: findings, files written, documents skipped as up to date, names that matched no meeting (then nothing is built). */
export interface BuildResult {
  root: string;
  diagnostics: Diagnostic[];
  written: string[];
  upToDate: string[];
  unknown: string[];
  /** With `checkAccessibility`: the report of each PDF written. */
  accessibility: { file: string; report: AccessibilityReport }[];
}
