import type { Command } from 'commander';
import { DIR_HELP } from '../locate-repository.js';
import { settle } from '../settle-outcome.js';

/** `sbp new-minutes <meeting>`: turn a meeting's agenda into draft minutes in the same file. */
export function registerNewMinutesCommand(program: Command): void {
  program
    .command('new-minutes')
    .description(
      "turn a meeting's agenda into draft minutes in the same file: attendance expected, a heading per item, updates to write",
    )
    .argument('<meeting>', 'the meeting: its id (board-2021-12-09), file (board/2021-12-09.md) or date')
    .option('--dir <dir>', DIR_HELP)
    .addHelpText(
      'after',
      "\nOnly inserts text: the clerk's own lines are kept as written. Refuses on anything but an agenda.\nExit codes: 0 written, 1 refused (not an agenda) or errors in the repository, 2 usage (an unknown meeting included).",
    )
    .action(
      settle(async (name: string, flags: { dir?: string }) => {
        const { loadRepositoryModel } = await import('./load-repository-model.js');
        const loaded = await loadRepositoryModel('new-minutes', flags.dir, [name]);
        if ('outcome' in loaded) return loaded.outcome;
        const { writeDraftMinutes } = await import('./write-draft-minutes.js');
        return (await writeDraftMinutes(loaded.repository, name)) ?? { diagnostics: loaded.diagnostics };
      }),
    );
}
