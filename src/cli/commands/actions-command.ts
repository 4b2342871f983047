import { type Command, Option } from 'commander';

interface ActionsOptions {
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
    .argument('[dir]', 'the meetings repository (the folder holding sbp.yaml); or use --dir', '.')
    .option('--dir <dir>', 'the meetings repository')
    .addOption(new Option('--open', 'open actions (the default)').conflicts(['completed', 'all']))
    .addOption(new Option('--completed', 'completed actions').conflicts(['all']))
    .option('--all', 'every action: open, completed and superseded')
    .option('--owner <owner>', 'only actions of this owner: initials (RV), person id or group (SBP)')
    .option('--body <body>', 'only actions of this body')
    .option('--since <date>', 'only actions resolved on or after this date (YYYY-MM-DD)')
    .option('--overdue', 'only open actions past their due date')
    .option('--as-of <date>', 'as at this date: later meetings and updates are ignored (default today)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'markdown']).default('table'),
    )
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
      '\nThe table fits the terminal; --format json is stable for scripts (see README, "sbp actions").\nWithout --full, actions of exempt (Part 2) items show only their minute and "exempt: paragraph N".\nExit codes: 0 listed, 1 the repository cannot be modelled or the meeting is unknown, 2 usage.',
    )
    .action(async (dirArgument: string, opts: ActionsOptions) => {
      const dir = opts.dir ?? dirArgument;
      const { isRealDate } = await import('../../validate/schemas/common-schema.js');
      for (const [flag, value] of [
        ['--since', opts.since],
        ['--as-of', opts.asOf],
      ] as const) {
        if (value !== undefined && !isRealDate(value))
          return usage(`${flag} ${value}: expected a date written as YYYY-MM-DD`);
      }
      const { loadRepositoryModel } = await import('./load-repository-model.js');
      const repository = await loadRepositoryModel('actions', dir);
      if (!repository) return;
      const audience = opts.full ? 'members' : 'public';
      if (opts.report !== undefined) {
        const { printMattersArising } = await import('./print-matters-arising.js');
        printMattersArising(repository, opts.report, opts.format, audience);
        return;
      }
      const { printActions } = await import('./print-actions.js');
      printActions(
        repository,
        {
          status: opts.all ? 'all' : opts.completed ? 'completed' : 'open',
          owner: opts.owner,
          body: opts.body,
          since: opts.since,
          overdue: opts.overdue,
          asOf: opts.asOf,
        },
        opts.format,
        audience,
      );
    });
}

function usage(message: string): void {
  process.stderr.write(`sbp actions: ${message}\n(run sbp actions --help for usage)\n`);
  process.exitCode = 2;
}
