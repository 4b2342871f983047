import type { Command } from 'commander';
import { DIR_HELP } from '../locate-repository.js';
import { sayUsage, settle } from '../settle-outcome.js';

interface NewMeetingFlags {
  body: string;
  date: string;
  time?: string;
  venue?: string;
  dir?: string;
}

/** `sbp new-meeting`: write the next meeting file of a body, never overwriting one. */
export function registerNewMeetingCommand(program: Command): void {
  program
    .command('new-meeting')
    .description(
      'write the next meeting file of a body: standing items, minute numbers, members, open actions, deadlines',
    )
    .requiredOption('--body <body>', 'the body that meets, e.g. board')
    .requiredOption('--date <date>', 'the date of the meeting (YYYY-MM-DD)')
    .option('--time <time>', "start time (HH:MM); default the body's usual time")
    .option('--venue <venue>', "where it meets; default the body's usual venue")
    .option('--dir <dir>', DIR_HELP)
    .addHelpText(
      'after',
      '\nNever overwrites a file. Exit codes: 0 written, 1 refused (the file exists, or the body already meets that\nday) or errors in the repository, 2 usage (an unknown body included).',
    )
    .action(
      settle(async (flags: NewMeetingFlags) => {
        const { ClockTime, isRealDate } = await import('../../validate/schemas/common-schema.js');
        if (!isRealDate(flags.date))
          return sayUsage(
            'new-meeting',
            `--date ${flags.date}: expected a date written as YYYY-MM-DD, e.g. 2022-03-17`,
          );
        if (flags.time !== undefined && !ClockTime.safeParse(flags.time).success)
          return sayUsage('new-meeting', `--time ${flags.time}: expected a 24-hour time written as HH:MM, e.g. 10:00`);
        const { loadRepositoryModel } = await import('./load-repository-model.js');
        const loaded = await loadRepositoryModel('new-meeting', flags.dir);
        if ('outcome' in loaded) return loaded.outcome;
        const { repository, diagnostics } = loaded;
        if (!repository.bodies.has(flags.body)) {
          const { formatDidYouMean } = await import('../../diagnostics/suggest-nearest.js');
          const bodies = [...repository.bodies.keys()];
          return sayUsage(
            'new-meeting',
            `unknown body "${flags.body}"${formatDidYouMean(flags.body, bodies)}: give one of ${bodies.join(', ')}`,
          );
        }
        const { writeNewMeeting } = await import('./write-new-meeting.js');
        const options = { bodyId: flags.body, date: flags.date, time: flags.time, venue: flags.venue };
        return (await writeNewMeeting(repository, options)) ?? { diagnostics };
      }),
    );
}
