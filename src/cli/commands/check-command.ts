import path from 'node:path';
import type { Command } from 'commander';
import { choiceOption } from '../choice-option.js';
import { DIR_HELP } from '../locate-repository.js';
import { resolveColour } from '../resolve-colour.js';
import { settle } from '../settle-outcome.js';
import { checkOrExplain } from './load-repository-model.js';

interface CheckFlags {
  dir?: string;
  format: 'human' | 'json' | 'github';
  strict: boolean;
}

/** `sbp check [dir]`: validate the meetings repository; the exit code follows the one rule (decideExitCode). */
export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'validate sbp.yaml, roster.yaml, every meeting file and paper; report each fault with file:line:column',
    )
    .argument('[dir]', `${DIR_HELP}; the same as --dir`)
    .option('--dir <dir>', DIR_HELP)
    .addOption(choiceOption('--format <format>', 'output format', ['human', 'json', 'github'], 'human'))
    .option('--strict', 'exit 1 on warnings too', false)
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage or internal error.\nColour only on a terminal; NO_COLOR (non-empty) turns it off, always; otherwise FORCE_COLOR=0 turns it off\nand FORCE_COLOR=1, 2, 3 or empty on.',
    )
    .action(
      settle(async (dirArgument: string | undefined, flags: CheckFlags) => {
        const checked = await checkOrExplain('check', flags.dir ?? dirArgument);
        if ('outcome' in checked) return checked.outcome;
        const { diagnostics, sources, root } = checked.result;
        if (flags.format === 'json') {
          const { formatJson } = await import('../../diagnostics/format-json.js');
          process.stdout.write(formatJson(diagnostics, sources.size));
        } else if (flags.format === 'github') {
          const { formatGithub } = await import('../../diagnostics/format-github.js');
          const toWorkspace = (file: string) =>
            path.relative(process.cwd(), path.join(root, file)).split(path.sep).join('/');
          process.stdout.write(formatGithub(diagnostics, toWorkspace));
        } else {
          const { formatHuman } = await import('../../diagnostics/format-human.js');
          const colour = resolveColour(process.stdout);
          process.stdout.write(formatHuman(diagnostics, { colour, sources, filesChecked: sources.size }));
        }
        return { diagnostics, strict: flags.strict };
      }),
    );
}
