import type { Command } from 'commander';

/** `sbp new-minutes <meeting>`: turn a meeting's agenda into draft minutes in the same file. */
export function registerNewMinutesCommand(program: Command): void {
  program
    .command('new-minutes')
    .description(
      "turn a meeting's agenda into draft minutes in the same file: attendance expected, a heading per item, updates to write",
    )
    .argument('<meeting>', 'the meeting: its id (board-2021-12-09), file (board/2021-12-09.md) or date')
    .option('--dir <dir>', 'the meetings repository (the folder holding sbp.yaml)', '.')
    .addHelpText(
      'after',
      "\nOnly inserts text: the clerk's own lines are kept as written. Refuses on anything but an agenda.\nExit codes: 0 written, 1 refused (not an agenda, unknown meeting), 2 usage.",
    )
    .action(async (name: string, flags: { dir: string }) => {
      const { loadRepositoryModel } = await import('./load-repository-model.js');
      const repository = await loadRepositoryModel('new-minutes', flags.dir);
      if (!repository) return;
      const { writeDraftMinutes } = await import('./write-draft-minutes.js');
      await writeDraftMinutes(repository, name);
    });
}
