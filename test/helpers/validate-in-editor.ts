import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';

/** A problem the YAML extension of an editor would underline: 1-based line, and its message. */
export interface EditorProblem {
  line: number;
  message: string;
}

/**
 * Validate a YAML file as VS Code's YAML extension does (yaml-language-server), following the file's own
 * `# yaml-language-server: $schema=...` modeline; the schema is read from disk, nothing from the network.
 */
export async function validateInEditor(file: string, text = readFileSync(file, 'utf8')): Promise<EditorProblem[]> {
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => readFileSync(fileURLToPath(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, completion: false, hover: false, format: false, schemas: [] });
  const document = TextDocument.create(pathToFileURL(file).href, 'yaml', 1, text);
  const problems = await service.doValidation(document, false);
  return problems.map((p) => ({
    line: p.range.start.line + 1,
    message: typeof p.message === 'string' ? p.message : p.message.value,
  }));
}
