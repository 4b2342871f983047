import type { Command } from 'commander';

interface BuildFlags {
  dir: string;
  all: boolean;
  full: boolean;
  html: boolean;
  out?: string;
  force: boolean;
  checkAccessibility: boolean;
}

/** `sbp build [meeting...]`: agenda packs and minutes as PDF; exit 0 built, 1 findings, a failed document or a failed accessibility check, 2 usage or no browser. */
export function registerBuildCommand(program: Command): void {
  program
    .command('build')
    .description("compile agenda packs (public, and with --full the members' pack) and minutes to PDF")
    .argument('[meeting...]', 'meetings by id (board-2019-06-20), file (board/2019-06-20.md) or date (2019-06-20)')
    .option('--dir <repo>', 'the meetings repository (the folder holding sbp.yaml)', '.')
    .option('--all', 'every meeting whose sources changed since the last build', false)
    .option('--full', "also the members' pack with exempt (Part 2) items", false)
    .option('--html', 'also write the HTML each PDF is printed from', false)
    .option('--out <dir>', 'output folder (default: <repo>/out)')
    .option('--force', 'with --all, rebuild even what is up to date', false)
    .option('--check-accessibility', 'run the PDF/UA-1 machine checks on every PDF written and print a summary', false)
    .addHelpText(
      'after',
      "\nChromium: PUPPETEER_EXECUTABLE_PATH, puppeteer's own browser, or a system Chromium/Chrome.\nSOURCE_DATE_EPOCH fixes the dates written into the PDFs (default: the meeting's dates).",
    )
    .action(async (names: string[], flags: BuildFlags) => {
      if (!flags.all && names.length === 0) {
        process.stderr.write('sbp build: name a meeting (e.g. sbp build board-2019-06-20) or give --all\n');
        process.exitCode = 2;
        return;
      }
      const { buildMeetings } = await import('../../compile/build-meetings.js');
      const { BrowserNotFoundError } = await import('../../write/find-browser.js');
      const { RepositoryNotFoundError } = await import('../../pipeline/check-repository.js');
      const { formatHuman } = await import('../../diagnostics/format-human.js');
      const tty = process.stderr.isTTY === true;
      let result: Awaited<ReturnType<typeof buildMeetings>>;
      try {
        result = await buildMeetings({
          ...flags,
          meetings: names,
          onDocument: tty ? (line) => process.stderr.write(`${line}\n`) : undefined,
        });
      } catch (error) {
        if (!(error instanceof BrowserNotFoundError || error instanceof RepositoryNotFoundError)) throw error;
        process.stderr.write(`sbp build: ${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      for (const line of result.unknown) process.stderr.write(`sbp build: ${line}\n`);
      if (result.diagnostics.length > 0)
        process.stderr.write(
          formatHuman(result.diagnostics, {
            colour: false,
            sources: new Map(),
            filesChecked: new Set(result.diagnostics.map((d) => d.file)).size,
          }),
        );
      const { relative } = await import('node:path');
      for (const file of result.written) process.stdout.write(`wrote ${relative(process.cwd(), file) || file}\n`);
      if (result.upToDate.length > 0) process.stdout.write(`${result.upToDate.length} up to date\n`);
      if (result.accessibility.length > 0) {
        const { formatAccessibilitySummary } = await import('../../audit/format-accessibility-summary.js');
        for (const { file, report } of result.accessibility)
          process.stdout.write(formatAccessibilitySummary(relative(process.cwd(), file) || file, report));
      }
      const inaccessible = result.accessibility.some((a) => !a.report.passed);
      const errors = result.diagnostics.some((d) => d.severity === 'error') || inaccessible;
      process.exitCode = result.unknown.length > 0 ? 2 : errors ? 1 : 0;
    });
}
