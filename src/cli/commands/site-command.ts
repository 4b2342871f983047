import { relative } from 'node:path';
import type { Command } from 'commander';
import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import { DIR_HELP } from '../locate-repository.js';
import { sayCannotRun, sayUsage, settle } from '../settle-outcome.js';

interface SiteFlags {
  dir?: string;
  out?: string;
  baseUrl?: string;
  pdf: boolean;
  serve: boolean;
  port: string;
}

/** `sbp site [dir]`: the public website of the record; exit 0 written, 1 findings, 2 usage or no browser. */
export function registerSiteCommand(program: Command): void {
  program
    .command('site')
    .description('write the public website: pages, calendars, feeds, open data and search')
    .argument('[dir]', `${DIR_HELP}; the same as --dir`)
    .option('--dir <dir>', DIR_HELP)
    .option('--out <dir>', 'output folder (default: <repo>/public)')
    .option(
      '--base-url <url>',
      'address the site is published at, for feeds and open data (default: http://127.0.0.1:8000/)',
    )
    .option('--pdf', 'also build the public agenda packs and minutes as PDF and link them (needs Chromium)', false)
    .option('--serve', 'serve the site on 127.0.0.1 and rebuild it as the repository changes', false)
    .option('--port <n>', 'port for --serve', '8000')
    .addHelpText('after', '\nExit codes: 0 written, 1 errors in the repository, 2 usage or no browser for --pdf.')
    .action(
      settle(async (dirArgument: string | undefined, flags: SiteFlags): Promise<CommandOutcome> => {
        const port = Number(flags.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          return sayUsage('site', `--port must be a number from 0 to 65535, not ${flags.port}`);
        if (flags.baseUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(flags.baseUrl))
          return sayUsage('site', '--base-url must be an http(s) address, e.g. https://example.org/meetings/');
        const { locateRepository } = await import('../locate-repository.js');
        const located = locateRepository('site', flags.dir ?? dirArgument);
        if ('outcome' in located) return located.outcome;
        const { buildSite } = await import('../../site/build-site.js');
        const { formatHuman } = await import('../../diagnostics/format-human.js');
        const report = (result: Awaited<ReturnType<typeof buildSite>>): CommandOutcome => {
          if (result.diagnostics.length > 0)
            process.stderr.write(
              formatHuman(result.diagnostics, { colour: false, sources: new Map(), filesChecked: 0 }),
            );
          if (!result.built) {
            process.stderr.write('sbp site: sbp.yaml or roster.yaml cannot be used: run sbp check\n');
            return { diagnostics: result.diagnostics };
          }
          process.stdout.write(
            `site in ${relative(process.cwd(), result.outDir) || '.'}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged} unchanged\n`,
          );
          return { diagnostics: result.diagnostics };
        };
        const options = { dir: located.root, out: flags.out, baseUrl: flags.baseUrl, pdf: flags.pdf };
        try {
          if (!flags.serve) return report(await buildSite(options));
          const { serveSite } = await import('../../site/serve-site.js');
          const served = await serveSite({
            ...options,
            port,
            onBuild: (result) => void report(result),
            onError: (error) => process.stderr.write(`sbp site: rebuild failed: ${error.message}\n`),
          });
          process.stdout.write(`serving ${served.url} (Ctrl+C to stop); rebuilding as the repository changes\n`);
          await new Promise<void>((resolve) => {
            for (const signal of ['SIGINT', 'SIGTERM'] as const)
              process.once(signal, () => void served.stop().then(resolve));
          });
          return {};
        } catch (error) {
          const { BrowserNotFoundError } = await import('../../write/find-browser.js');
          if (error instanceof BrowserNotFoundError)
            return sayCannotRun('site', `${error.message} (or leave out --pdf)`);
          throw error;
        }
      }),
    );
}
