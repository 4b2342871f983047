import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from '../render/create-template-renderer.js';
import type { Config } from '../validate/schemas/config-schema.js';
import { isInside } from './read-text-file.js';

/** The templates folder shipped with sbp (beside src/ and dist/). */
export const BUNDLED_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

const TOP_LEVEL = new Set(['pack', 'minutes', 'footer', 'stamp', 'pagination']);

/** Template text with the files it came from (for the build cache). */
export interface LoadedTemplates {
  sources: TemplateSources;
  files: string[];
}

/** Read the bundled templates, then the repository's overrides (config templates.dir and templates.css). */
export function loadTemplates(root: string, config: Pick<Config, 'templates'>): LoadedTemplates {
  const sources: TemplateSources = { templates: {}, partials: {}, css: '' };
  const files: string[] = [];
  const dirs = [BUNDLED_TEMPLATES_DIR];
  if (config.templates?.dir) dirs.push(insideRepository(root, config.templates.dir));
  for (const dir of dirs) {
    for (const file of listHbs(dir)) {
      const name = path.basename(file, '.hbs');
      const isPartial = path.basename(path.dirname(file)) === 'partials' || !TOP_LEVEL.has(name);
      (isPartial ? sources.partials : sources.templates)[name] = readFileSync(file, 'utf8');
      files.push(file);
    }
  }
  const cssFiles = [
    path.join(BUNDLED_TEMPLATES_DIR, 'sbp.css'),
    ...(config.templates?.css ?? []).map((css) => insideRepository(root, css)),
  ];
  sources.css = cssFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  files.push(...cssFiles);
  return { sources, files };
}

/** A repository path, refused when it (or a link in it) leads outside the repository: templates are printed. */
function insideRepository(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  if (!isInside(root, abs) || (existsSync(abs) && !isInside(realpathSync(root), realpathSync(abs)))) {
    throw new Error(`${rel} is outside the meetings repository`);
  }
  return abs;
}

function listHbs(dir: string): string[] {
  const found: string[] = [];
  for (const sub of [dir, path.join(dir, 'partials')]) {
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).sort()) if (name.endsWith('.hbs')) found.push(path.join(sub, name));
  }
  return found;
}
