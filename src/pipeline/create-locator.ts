import type { LocateSource } from '../diagnostics/report-at.js';
import type { SourceFile } from '../diagnostics/source-file.js';
import type { YamlSource } from '../parse/parse-yaml-source.js';
import { locateYamlPath } from '../validate/locate-yaml-path.js';

/** Locate model SourceRefs: YAML paths through each file's YAML, and ['#line', line, column?] in the Markdown. */
export function createLocator(sources: Map<string, SourceFile>, yamlSources: Map<string, YamlSource>): LocateSource {
  return (src, pointAt) => {
    if (src.path[0] === '#line') {
      const line = Number(src.path[1]);
      const column = Number(src.path[2] ?? 1);
      return { line, column, endLine: line, endColumn: column };
    }
    const yaml = yamlSources.get(src.file);
    if (yaml) return locateYamlPath(yaml, src.path, pointAt);
    return sources.has(src.file)
      ? { line: 1, column: 1, endLine: 1, endColumn: 1 }
      : { line: 0, column: 0, endLine: 0, endColumn: 0 };
  };
}
