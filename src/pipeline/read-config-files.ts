import type { z } from 'zod';
import type { BodyFolder } from '../load/list-meeting-files.js';
import { readTextFile } from '../load/read-text-file.js';
import { parseYamlSource } from '../parse/parse-yaml-source.js';
import { type Config, ConfigSchema } from '../validate/schemas/config-schema.js';
import { type Roster, RosterSchema } from '../validate/schemas/roster-schema.js';
import { validateYaml } from '../validate/validate-yaml.js';
import type { CheckState } from './check-state.js';

/** The config file's name in a repository. */
export const CONFIG_FILE = 'sbp.yaml';
/** The roster file's name in a repository. */
export const ROSTER_FILE = 'roster.yaml';

/** Read and validate sbp.yaml and roster.yaml; also return the body folders, usable even when the config has faults. */
export async function readConfigFiles(
  root: string,
  state: CheckState,
): Promise<{
  config?: { file: string; value: Config };
  roster?: { file: string; value: Roster };
  bodies: BodyFolder[];
}> {
  const config = await readYamlFile(root, CONFIG_FILE, ConfigSchema, state);
  const roster = await readYamlFile(root, ROSTER_FILE, RosterSchema, state);
  // With a faulty sbp.yaml the meeting files are still checked, in whatever body folders it names.
  const raw = state.yamlSources.get(CONFIG_FILE)?.data as { bodies?: { id?: unknown }[] } | undefined;
  const ids: unknown[] =
    config?.value.bodies.map((b) => b.id) ?? (Array.isArray(raw?.bodies) ? raw.bodies.map((b) => b?.id) : []);
  const bodies = ids.flatMap((id, i) =>
    typeof id === 'string' && /^[a-z0-9-]+$/.test(id)
      ? [{ id, src: { file: CONFIG_FILE, path: ['bodies', i, 'id'] } }]
      : [],
  );
  return { config, roster, bodies };
}

async function readYamlFile<S extends z.ZodType>(
  root: string,
  name: string,
  schema: S,
  { sources, yamlSources, diagnostics, replacedLines }: CheckState,
): Promise<{ file: string; value: z.infer<S> } | undefined> {
  const read = await readTextFile(root, name);
  if (!read.file) {
    const missing = read.diagnostics[0]?.message.endsWith('it does not exist');
    if (missing) {
      const code = name === CONFIG_FILE ? 'config-missing' : 'roster-missing';
      diagnostics.push({
        code,
        severity: 'error',
        file: name,
        line: 0,
        column: 0,
        message: `no ${name} in ${root}`,
        hint:
          name === CONFIG_FILE
            ? 'Run sbp check in the meetings repository (the folder holding sbp.yaml), or pass its path: sbp check path/to/meetings.'
            : 'Add roster.yaml listing people and memberships (see the README).',
      });
    } else for (const d of read.diagnostics) diagnostics.push(d);
    return undefined;
  }
  sources.set(name, read.file);
  if (read.file.text.trim() === '') {
    diagnostics.push({
      code: 'file-empty',
      severity: 'error',
      file: name,
      line: 1,
      column: 1,
      message: `${name} is empty`,
      hint: 'See the README for the keys it needs.',
    });
    return undefined;
  }
  const parsed = parseYamlSource(read.file, read.file.text);
  yamlSources.set(name, parsed.yaml);
  const checked = validateYaml(parsed.yaml, schema);
  for (const d of [...parsed.diagnostics, ...checked.diagnostics]) diagnostics.push(d);
  for (const line of checked.replacedLines ?? []) replacedLines.add(`${name}:${line}`);
  return checked.value === undefined ? undefined : { file: name, value: checked.value };
}
