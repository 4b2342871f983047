import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import type { ImageUse } from '../validate/check-markdown-tree.js';

/** What one check run accumulates: every file read, every YAML parsed (to locate faults), every diagnostic. */
export interface CheckState {
  sources: Map<string, SourceFile>;
  yamlSources: Map<string, YamlSource>;
  diagnostics: Diagnostic[];
  /** The images each Markdown file names, by repository path of the file. */
  images?: Map<string, ImageUse[]>;
  /** `file:line` of every value the schema repair dropped or stood in for (model findings there are echoes). */
  replacedLines: Set<string>;
}
