import path from 'node:path';
import type { Reporter } from '../diagnostics/report-at.js';
import type { Config } from '../validate/schemas/config-schema.js';
import { listTemplateFiles } from './load-templates.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** Check that the template folder (and each file in it) and the stylesheets sbp.yaml names exist inside the repository. */
export function checkTemplatePaths(root: string, config: Config, configFile: string, reporter: Reporter): void {
  const wanted: { rel: string; at: (string | number)[]; folder: boolean }[] = [];
  if (config.templates?.dir) wanted.push({ rel: config.templates.dir, at: ['templates', 'dir'], folder: true });
  for (const [i, css] of (config.templates?.css ?? []).entries())
    wanted.push({ rel: css, at: ['templates', 'css', i], folder: false });
  for (const { rel, at, folder } of wanted) {
    const src = { file: configFile, path: at };
    // Templates are read and printed: like papers, they must come from the repository itself.
    const resolved = resolveRepositoryPath(root, rel);
    if (!resolved.ok && resolved.reason !== 'missing') {
      reporter.report(
        'path-outside-repository',
        src,
        resolved.message,
        'Keep templates and stylesheets in the repository, e.g. templates/extra.css.',
      );
    } else if (!resolved.ok || (resolved.kind === 'directory') !== folder) {
      reporter.report(
        'template-missing',
        src,
        `${rel} does not exist${folder ? ' as a folder' : ' as a file'}`,
        folder
          ? 'Create the folder with your .hbs overrides, or remove templates.dir.'
          : 'Check the path (relative to the repository root), or remove it from templates.css.',
      );
    } else if (folder) {
      for (const file of listTemplateFiles(resolved.abs)) {
        const inner = resolveRepositoryPath(root, path.relative(root, file));
        if (!inner.ok && inner.reason !== 'missing')
          reporter.report(
            'path-outside-repository',
            src,
            inner.message,
            'Copy the template into the folder instead of linking to it.',
          );
      }
    }
  }
}
