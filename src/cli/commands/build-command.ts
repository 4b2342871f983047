import type { Command } from 'commander';
import { DIR_HELP, locateRepository } from '../locate-repository.js';
import { sayCannotRun, sayUsage, settle } from '../settle-outcome.js';

interface BuildFlags {
  dir?: string;
  all: boolean;
  full: boolean;
  html: boolean;
  out?: string;
  force: boolean;
  checkAccessibility: boolean;
  shard?: string;
  cache: boolean;
}

/** `sbp build [meeting...]`: agenda packs and minutes as PDF; the exit code follows the one rule (decideExitCode). */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description("compile agenda packs (public, and with --full the members' pack) and minutes to PDF")
    .argument(
      '[meeting...]',
      'meetings by id (board-2019-06-20), file (board/2019-06-20.md, from here or from the repository) or date',
    )
    .option('--dir <dir>', DIR_HELP)
    .option('--all', 'every meeting whose sources changed since the last build into the output folder', false)
    .option('--shard <i/n>', 'build only part i of n of the documents (split by file name, balanced), e.g. 2/4')
    .option('--full', "also the members' pack with exempt (Part 2) items", false)
    .option('--html', 'also write the HTML each PDF is printed from', false)
    .option('--out <dir>', 'output folder (default: <repository>/out)')
    .option('--force', 'with --all, rebuild even what is up to date', false)
    .option(
      '--no-cache',
      'parse every Markdown file afresh, without reading or writing .sbp-cache/ (also SBP_NO_CACHE=1)',
    )
    .option('--check-accessibility', 'run the PDF/UA-1 machine checks on every PDF written and print a summary', false)
    .addHelpText(
      'after',
      "\nExit codes: 0 built, 1 errors in the repository, a document not written or a failed --check-accessibility, 2 usage (an unknown meeting\nincluded: then nothing is built), no browser, or internal error.\nChromium: PUPPETEER_EXECUTABLE_PATH, puppeteer's own browser, or a system Chromium/Chrome.\nSOURCE_DATE_EPOCH fixes the dates written into the PDFs (default: the meeting's dates).",
    )
    .action(
      settle(async (names: string[], flags: BuildFlags) => {
        if (!flags.all && names.length === 0)
          return sayUsage('build', 'name a meeting (e.g. sbp build board-2019-06-20) or give --all');
        const { parseShard } = await import('../../compile/select-shard.js');
        const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
        if (typeof shard === 'string') return sayUsage('build', shard);
        const located = locateRepository('build', flags.dir, names);
        if ('outcome' in located) return located.outcome;
        const { buildMeetings } = await import('../../compile/build-meetings.js');
        const { BrowserNotFoundError } = await import('../../write/find-browser.js');
        const tty = process.stderr.isTTY === true;
        let result: Awaited<ReturnType<typeof buildMeetings>>;
        try {
          result = await buildMeetings({
            ...flags,
            cache: flags.cache ? undefined : false,
            dir: located.root,
            shard,
            meetings: names,
            onDocument: tty ? (line) => process.stderr.write(`${line}\n`) : undefined,
          });
        } catch (error) {
          if (!(error instanceof BrowserNotFoundError)) throw error;
          return sayCannotRun('build', error.message);
        }
        const { printBuildResult } = await import('./print-build-result.js');
        await printBuildResult(result);
        const inaccessible = result.accessibility.some((a) => !a.report.passed);
        return { diagnostics: result.diagnostics, usage: result.unknown.length > 0, failedCheck: inaccessible };
      }),
    );
}
