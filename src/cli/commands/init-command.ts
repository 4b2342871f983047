import type { Command } from 'commander';
import { sayRefusal, sayUsage, settle } from '../settle-outcome.js';

interface InitFlags {
  partnership?: string;
  council?: string;
  bodyId?: string;
  bodyName?: string;
  date?: string;
  sbpPackage?: string;
}

/** `sbp init <dir>`: create a new meetings repository (config, roster, first meeting, README, CI workflow). */
export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(
      'create a new meetings repository: sbp.yaml, roster.yaml, a first meeting, a README for clerks and a CI workflow',
    )
    .argument('<dir>', 'folder to create it in (created if missing)')
    .option('--partnership <name>', 'name of the partnership')
    .option('--council <name>', 'the council that clerks it')
    .option('--body-id <id>', 'id of the first body, e.g. board')
    .option('--body-name <name>', 'printed name of the first body')
    .option('--date <date>', 'date of the first meeting (YYYY-MM-DD); default four weeks from today')
    .option(
      '--sbp-package <spec>',
      'how CI installs sbp: npm package (default @safer-bromley/sbp@<this version>), git URL at a tag, or tarball URL',
    )
    .addHelpText(
      'after',
      '\nNever overwrites a file. Exit codes: 0 created, 1 refused (sbp.yaml already there), 2 usage.',
    )
    .action(
      settle(async (dir: string, flags: InitFlags) => {
        const { INIT_DEFAULTS, defaultSbpPackage, scaffoldRepository } = await import(
          '../../init/scaffold-repository.js'
        );
        const { readPackageVersion } = await import('../../load/read-package-version.js');
        const { Slug, isRealDate } = await import('../../validate/schemas/common-schema.js');
        const bodyId = flags.bodyId ?? INIT_DEFAULTS.bodyId;
        const date = flags.date ?? weekdayInFourWeeks(new Date());
        if (!Slug.safeParse(bodyId).success)
          return sayUsage('init', `--body-id ${bodyId}: expected lower-case letters, digits and hyphens, e.g. board`);
        if (!isRealDate(date))
          return sayUsage('init', `--date ${date}: expected a date written as YYYY-MM-DD, e.g. 2025-09-18`);
        const { hasRepository, writeFilesExclusive } = await import('../../write/write-files-exclusive.js');
        if (hasRepository(dir))
          return sayRefusal('init', `${dir} already holds a meetings repository (sbp.yaml): nothing written`);
        const files = scaffoldRepository({
          partnership: flags.partnership ?? INIT_DEFAULTS.partnership,
          council: flags.council ?? INIT_DEFAULTS.council,
          bodyId,
          bodyName: flags.bodyName ?? INIT_DEFAULTS.bodyName,
          firstMeeting: date,
          sbpPackage: flags.sbpPackage ?? defaultSbpPackage(readPackageVersion()),
        });
        let outcome: Awaited<ReturnType<typeof writeFilesExclusive>>;
        try {
          outcome = await writeFilesExclusive(dir, files);
        } catch (error) {
          return sayRefusal('init', `${(error as Error).message}: choose a folder you can write to`);
        }
        const { written, kept } = outcome;
        const lines = [`Created a meetings repository in ${dir}:`, ...written.map((f) => `  ${f}`)];
        if (kept.length) lines.push('Kept, as they already existed:', ...kept.map((f) => `  ${f}`));
        lines.push('', 'Next: edit roster.yaml and the contact in sbp.yaml, then run', `  sbp check ${dir}`, '');
        process.stdout.write(lines.join('\n'));
        return {};
      }),
    );
}

/** The first weekday at least four weeks ahead: time enough to dispatch the agenda. */
function weekdayInFourWeeks(today: Date): string {
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 28));
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
