import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from '../render/create-template-renderer.js';
import type { Config } from '../validate/schemas/config-schema.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** The templates folder shipped with sbp (beside src/ and dist/). */
export const BUNDLED_TEMPLATES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

const TOP_LEVEL = new Set(['pack', 'minutes', 'footer', 'stamp', 'pagination']);

/** Which templates: the PDFs' (templates/) or the website's (templates/site/, every .hbs a page, site.css). */
export type TemplateSet = 'pdf' | 'site';

/** Template text with the files it came from (for the build cache). */
export interface LoadedTemplates {
  sources: TemplateSources;
  files: string[];
}

/**
 * Read the bundled templates, then the repository's overrides (config templates.dir and templates.css).
 * The site's set lives in a site/ subfolder of both, and its stylesheet override is <dir>/site/site.css.
 */
export function loadTemplates(
  root: string,
  config: Pick<Config, 'templates'>,
  set: TemplateSet = 'pdf',
): LoadedTemplates {
  const sources: TemplateSources = { templates: {}, partials: {}, css: '' };
  const files: string[] = [];
  const sub = set === 'site' ? 'site' : '';
  const dirs = [path.join(BUNDLED_TEMPLATES_DIR, sub)];
  if (config.templates?.dir) dirs.push(path.join(insideRepository(root, config.templates.dir), sub));
  for (const dir of dirs) {
    for (const file of listTemplateFiles(dir)) {
      // sbp's own templates are trusted; each file of the repository's folder must itself stay inside.
      if (dir !== dirs[0]) insideRepository(root, path.relative(root, file));
      const name = path.basename(file, '.hbs');
      const isPartial = path.basename(path.dirname(file)) === 'partials' || (set === 'pdf' && !TOP_LEVEL.has(name));
      (isPartial ? sources.partials : sources.templates)[name] = readFileSync(file, 'utf8');
      files.push(file);
    }
  }
  const siteCss = dirs.slice(1).map((dir) => path.join(dir, 'site.css'));
  const cssFiles =
    set === 'site'
      ? [
          path.join(dirs[0], 'site.css'),
          ...siteCss
            .filter((file) => existsSync(file))
            .map((file) => insideRepository(root, path.relative(root, file))),
        ]
      : [
          path.join(BUNDLED_TEMPLATES_DIR, 'sbp.css'),
          ...(config.templates?.css ?? []).map((css) => insideRepository(root, css)),
        ];
  sources.css = cssFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  files.push(...cssFiles);
  return { sources, files };
}

/** A repository path with its links followed, refused when it leads outside the repository: templates are printed. */
function insideRepository(root: string, rel: string): string {
  const resolved = resolveRepositoryPath(root, rel);
  if (!resolved.ok) throw new Error(resolved.message);
  return resolved.abs;
}

/** The .hbs files of a templates folder and its partials/ subfolder, sorted (paths as listed, links not followed). */
export function listTemplateFiles(dir: string): string[] {
  const found: string[] = [];
  for (const sub of [dir, path.join(dir, 'partials')]) {
    if (!existsSync(sub)) continue;
    for (const name of readdirSync(sub).sort()) if (name.endsWith('.hbs')) found.push(path.join(sub, name));
  }
  return found;
}
