import type { Command } from 'commander';

interface NewMeetingFlags {
  body: string;
  date: string;
  time?: string;
  venue?: string;
  dir: string;
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
    .option('--dir <dir>', 'the meetings repository (the folder holding sbp.yaml)', '.')
    .addHelpText(
      'after',
      '\nNever overwrites a file. Exit codes: 0 written, 1 refused (file exists, meeting already on that date, unknown body), 2 usage.',
    )
    .action(async (flags: NewMeetingFlags) => {
      const { ClockTime, isRealDate } = await import('../../validate/schemas/common-schema.js');
      if (!isRealDate(flags.date))
        return usage(`--date ${flags.date}: expected a date written as YYYY-MM-DD, e.g. 2022-03-17`);
      if (flags.time !== undefined && !ClockTime.safeParse(flags.time).success)
        return usage(`--time ${flags.time}: expected a 24-hour time written as HH:MM, e.g. 10:00`);
      const { loadRepositoryModel } = await import('./load-repository-model.js');
      const repository = await loadRepositoryModel('new-meeting', flags.dir);
      if (!repository) return;
      const { writeNewMeeting } = await import('./write-new-meeting.js');
      await writeNewMeeting(repository, { bodyId: flags.body, date: flags.date, time: flags.time, venue: flags.venue });
    });
}

function usage(message: string): void {
  process.stderr.write(`sbp new-meeting: ${message}\n(run sbp new-meeting --help for usage)\n`);
  process.exitCode = 2;
}
