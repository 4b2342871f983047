import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { resolveColour } from '../resolve-colour.js';
import { checkOrExplain } from './load-repository-model.js';

/** `sbp check [dir]`: validate the meetings repository; exit 0 clean, 1 findings, 2 usage or internal error. */
export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'validate sbp.yaml, roster.yaml, every meeting file and paper; report each fault with file:line:column',
    )
    .argument('[dir]', 'the meetings repository (the folder holding sbp.yaml)', '.')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json', 'github']).default('human'))
    .option('--strict', 'exit 1 on warnings too', false)
    .option(
      '--no-cache',
      'parse every Markdown file afresh, without reading or writing .sbp-cache/ (also SBP_NO_CACHE=1)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or internal error.\nColour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.',
    )
    .action(async (dir: string, opts: { format: 'human' | 'json' | 'github'; strict: boolean; cache: boolean }) => {
      const { countDiagnostics } = await import('../../diagnostics/diagnostic.js');
      const result = await checkOrExplain('check', dir, '', opts.cache ? {} : { cache: false });
      if (!result) return;
      const { diagnostics, sources } = result;
      if (opts.format === 'json') {
        const { formatJson } = await import('../../diagnostics/format-json.js');
        process.stdout.write(formatJson(diagnostics, sources.size));
      } else if (opts.format === 'github') {
        const { formatGithub } = await import('../../diagnostics/format-github.js');
        const toWorkspace = (file: string) =>
          path.relative(process.cwd(), path.join(result.root, file)).split(path.sep).join('/');
        process.stdout.write(formatGithub(diagnostics, toWorkspace));
      } else {
        const { formatHuman } = await import('../../diagnostics/format-human.js');
        const out = formatHuman(diagnostics, {
          colour: resolveColour(process.stdout),
          sources,
          filesChecked: sources.size,
        });
        process.stdout.write(out);
      }
      const { errors, warnings } = countDiagnostics(diagnostics);
      process.exitCode = errors > 0 || (opts.strict && warnings > 0) ? 1 : 0;
    });
}
