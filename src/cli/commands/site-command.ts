import { relative } from 'node:path';
import type { Command } from 'commander';

interface SiteFlags {
  out?: string;
  baseUrl?: string;
  pdf: boolean;
  serve: boolean;
  port: string;
}

/** `sbp site [dir]`: the public website of the record; exit 0 written, 1 findings, 2 usage. */
export function registerSiteCommand(program: Command): void {
  program
    .command('site')
    .description('write the public website: pages, calendars, feeds, open data and search')
    .argument('[dir]', 'the meetings repository (the folder holding sbp.yaml)', '.')
    .option('--out <dir>', 'output folder (default: <repo>/public)')
    .option(
      '--base-url <url>',
      'address the site is published at, for feeds and open data (default: http://127.0.0.1:8000/)',
    )
    .option('--pdf', 'also build the public agenda packs and minutes as PDF and link them (needs Chromium)', false)
    .option('--serve', 'serve the site on 127.0.0.1 and rebuild it as the repository changes', false)
    .option('--port <n>', 'port for --serve', '8000')
    .action(async (dir: string, flags: SiteFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`sbp site: --port must be a number from 0 to 65535, not ${flags.port}\n`);
        process.exitCode = 2;
        return;
      }
      if (flags.baseUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(flags.baseUrl)) {
        process.stderr.write(`sbp site: --base-url must be an http(s) address, e.g. https://example.org/meetings/\n`);
        process.exitCode = 2;
        return;
      }
      const { buildSite } = await import('../../site/build-site.js');
      const { RepositoryNotFoundError } = await import('../../pipeline/check-repository.js');
      const { formatHuman } = await import('../../diagnostics/format-human.js');
      const report = (result: Awaited<ReturnType<typeof buildSite>>) => {
        if (result.diagnostics.length > 0)
          process.stderr.write(formatHuman(result.diagnostics, { colour: false, sources: new Map(), filesChecked: 0 }));
        if (!result.built) {
          process.stderr.write(`sbp site: sbp.yaml or roster.yaml cannot be used: run sbp check ${dir}\n`);
          return 1;
        }
        process.stdout.write(
          `site in ${relative(process.cwd(), result.outDir) || '.'}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged} unchanged\n`,
        );
        return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
      };
      const options = { dir, out: flags.out, baseUrl: flags.baseUrl, pdf: flags.pdf };
      try {
        if (!flags.serve) {
          process.exitCode = report(await buildSite(options));
          return;
        }
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
      } catch (error) {
        const { BrowserNotFoundError } = await import('../../write/find-browser.js');
        if (error instanceof BrowserNotFoundError) {
          process.stderr.write(`sbp site: ${error.message} (or leave out --pdf)\n`);
          process.exitCode = 2;
          return;
        }
        if (!(error instanceof RepositoryNotFoundError)) throw error;
        process.stderr.write(`sbp site: ${error.message}: give the folder that holds sbp.yaml\n`);
        process.exitCode = 2;
      }
    });
}
