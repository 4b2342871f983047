import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';

/** What one check run accumulates: every file read, every YAML parsed (to locate faults), every diagnostic. */
export interface CheckState {
  sources: Map<string, SourceFile>;
  yamlSources: Map<string, YamlSource>;
  diagnostics: Diagnostic[];
  /** `file:line` of every value the schema repair dropped or stood in for (model findings there are echoes). */
  replacedLines: Set<string>;
}
