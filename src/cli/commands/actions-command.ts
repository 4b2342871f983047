import { type Command, Option } from 'commander';
import { choiceOption } from '../choice-option.js';
import { DIR_HELP } from '../locate-repository.js';
import { sayUsage, settle } from '../settle-outcome.js';

interface ActionsFlags {
  dir?: string;
  open?: boolean;
  completed?: boolean;
  all?: boolean;
  owner?: string;
  body?: string;
  since?: string;
  overdue?: boolean;
  asOf?: string;
  format: 'table' | 'json' | 'csv' | 'markdown';
  report?: string;
  full?: boolean;
}

/** `sbp actions`: list actions across meetings, or print the Matters Arising report of one meeting. */
export function registerActionsCommand(program: Command): void {
  program
    .command('actions')
    .description('list actions across meetings (open by default), or the Matters Arising report of a meeting')
    .argument('[dir]', `${DIR_HELP}; the same as --dir`)
    .option('--dir <dir>', DIR_HELP)
    .addOption(new Option('--open', 'open actions (the default)').conflicts(['completed', 'all']))
    .addOption(new Option('--completed', 'completed actions').conflicts(['all']))
    .option('--all', 'every action: open, completed and superseded')
    .option('--owner <owner>', 'only actions of this owner: initials (RV), person id or group (SBP)')
    .option('--body <body>', 'only actions of this body')
    .option('--since <date>', 'only actions resolved on or after this date (YYYY-MM-DD)')
    .option('--overdue', 'only open actions past their due date')
    .option('--as-of <date>', 'as at this date: later meetings and updates are ignored (default today)')
    .addOption(choiceOption('--format <format>', 'output format', ['table', 'json', 'csv', 'markdown'], 'table'))
    .option(
      '--report <meeting>',
      'print the Matters Arising report of a meeting: its id (board-2019-06-20), file or date',
    )
    .option(
      '--full',
      "the members' view: exempt (Part 2) actions in full, every format marked NOT FOR PUBLICATION (default: the public view)",
    )
    .addHelpText(
      'after',
      '\nThe table fits a terminal and is printed in full when piped (or to COLUMNS when set); --format json is\nstable for scripts (see README, "sbp actions").\nWithout --full, actions of exempt (Part 2) items show only their minute and "exempt: paragraph N".\nExit codes: 0 listed, 1 errors in the repository, 2 usage (an unknown meeting, body or owner included).',
    )
    .action(
      settle(async (dirArgument: string | undefined, flags: ActionsFlags) => {
        const { isRealDate } = await import('../../validate/schemas/common-schema.js');
        for (const [flag, value] of [
          ['--since', flags.since],
          ['--as-of', flags.asOf],
        ] as const) {
          if (value !== undefined && !isRealDate(value))
            return sayUsage('actions', `${flag} ${value}: expected a date written as YYYY-MM-DD`);
        }
        const { loadRepositoryModel } = await import('./load-repository-model.js');
        const loaded = await loadRepositoryModel(
          'actions',
          flags.dir ?? dirArgument,
          flags.report ? [flags.report] : [],
        );
        if ('outcome' in loaded) return loaded.outcome;
        const { repository, diagnostics } = loaded;
        const audience = flags.full ? 'members' : 'public';
        if (flags.report !== undefined) {
          const { printMattersArising } = await import('./print-matters-arising.js');
          return printMattersArising(repository, flags.report, flags.format, audience) ?? { diagnostics };
        }
        const { printActions } = await import('./print-actions.js');
        const filters = {
          status: flags.all ? 'all' : flags.completed ? 'completed' : 'open',
          owner: flags.owner,
          body: flags.body,
          since: flags.since,
          overdue: flags.overdue,
          asOf: flags.asOf,
        } as const;
        return printActions(repository, filters, flags.format, audience) ?? { diagnostics };
      }),
    );
}
