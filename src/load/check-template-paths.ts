import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from '../diagnostics/report-at.js';
import type { Config } from '../validate/schemas/config-schema.js';
import { isInside } from './read-text-file.js';

/** Check that the template folder and stylesheets sbp.yaml names exist inside the repository. */
export function checkTemplatePaths(root: string, config: Config, configFile: string, reporter: Reporter): void {
  const wanted: { rel: string; at: (string | number)[]; folder: boolean }[] = [];
  if (config.templates?.dir) wanted.push({ rel: config.templates.dir, at: ['templates', 'dir'], folder: true });
  for (const [i, css] of (config.templates?.css ?? []).entries())
    wanted.push({ rel: css, at: ['templates', 'css', i], folder: false });
  for (const { rel, at, folder } of wanted) {
    const src = { file: configFile, path: at };
    const abs = path.resolve(root, rel);
    // Templates are read and printed: like papers, they must come from the repository itself.
    if (
      path.isAbsolute(rel) ||
      !isInside(root, abs) ||
      (existsSync(abs) && !isInside(realpathSync(root), realpathSync(abs)))
    ) {
      reporter.report(
        'path-outside-repository',
        src,
        `${rel} is outside the meetings repository`,
        'Keep templates and stylesheets in the repository, e.g. templates/extra.css.',
      );
    } else if (!existsSync(abs) || statSync(abs).isDirectory() !== folder) {
      reporter.report(
        'template-missing',
        src,
        `${rel} does not exist${folder ? ' as a folder' : ' as a file'}`,
        folder
          ? 'Create the folder with your .hbs overrides, or remove templates.dir.'
          : 'Check the path (relative to the repository root), or remove it from templates.css.',
      );
    }
  }
}
