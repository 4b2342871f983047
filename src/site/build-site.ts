import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadSiteAssets, readBuiltPdf, readPublishedFiles } from '../load/load-site-inputs.js';
import { readPackageVersion } from '../load/read-package-version.js';
import { computeAttendance } from '../model/compute-attendance.js';
import { selectAudience } from '../model/select-audience.js';
import { checkRepository } from '../pipeline/check-repository.js';
import { createTemplateRenderer } from '../render/create-template-renderer.js';
import { areMinutesPublished, isAgendaPublished } from '../render/site/describe-site-meeting.js';
import { listSitePdfPapers, renderSite } from '../render/site/render-site.js';
import { sitePaths } from '../render/site/site-paths.js';
import type { DownloadInfo, SiteInput } from '../render/site/site-types.js';
import { buildSearchIndex } from '../write/build-search-index.js';
import { type SiteWriteResult, writeSiteFiles } from '../write/write-site-files.js';

/** What to build: the repository, where, under which address, and whether with the PDFs. */
export interface SiteOptions {
  dir: string;
  /** Output folder (default <repo>/public). */
  out?: string;
  /** Address the site is published at; feeds and open data need absolute URLs. */
  baseUrl?: string;
  /** Also build the public agenda packs and minutes as PDF (slow: Chromium) and link them. */
  pdf: boolean;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** The outcome: findings, the folder, and what was written, removed or left unchanged. */
export interface SiteResult extends SiteWriteResult {
  root: string;
  outDir: string;
  baseUrl: string;
  diagnostics: Diagnostic[];
  built: boolean;
}

/** Where a site without --base-url says it lives: the address `sbp site --serve` serves it at. */
export const DEFAULT_BASE_URL = 'http://127.0.0.1:8000/';

/** Build the public website of a repository from its public view only, writing only what changed. */
export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const cwd = options.cwd ?? process.cwd();
  const baseUrl = normaliseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const checked = await checkRepository(options.dir);
  const outDir = path.resolve(cwd, options.out ?? path.join(checked.root, 'public'));
  const result: SiteResult = {
    root: checked.root,
    outDir,
    baseUrl,
    diagnostics: checked.diagnostics.filter((d) => d.severity === 'error'),
    built: false,
    written: [],
    removed: [],
    unchanged: 0,
  };
  if (!checked.repository) return result;
  // The one rule for what is public: every page, feed and data file below is rendered from this view.
  const repository = selectAudience(checked.repository, 'public');
  const assets = loadSiteAssets(checked.root, repository.config);
  const builtPdfs = new Map<string, DownloadInfo>();
  if (options.pdf) {
    const { buildMeetings } = await import('../compile/build-meetings.js');
    const pdfDir = path.join(outDir, 'pdf');
    const built = await buildMeetings({
      dir: checked.root,
      meetings: [],
      all: true,
      full: false,
      html: false,
      out: pdfDir,
      force: false,
      env: options.env,
      accept: (m) => isAgendaPublished(m) && !m.cancelled,
    });
    result.diagnostics.push(...built.diagnostics);
    for (const meeting of repository.meetings) {
      const wanted = [
        isAgendaPublished(meeting) && sitePaths.packPdf(meeting.id),
        areMinutesPublished(meeting) && sitePaths.minutesPdf(meeting.id),
      ];
      for (const target of wanted) {
        const info = target ? await readBuiltPdf(path.join(outDir, target)) : undefined;
        if (target && info) builtPdfs.set(target, info);
      }
    }
  }
  const pdfPapers = await readPublishedFiles(checked.root, listSitePdfPapers({ repository }));
  const input: SiteInput = {
    repository,
    baseUrl,
    pdfPapers,
    builtPdfs,
    vtimezone: assets.vtimezone,
    generator: `sbp ${readPackageVersion()}`,
    attendance: computeAttendance(repository),
  };
  const output = renderSite(input, createTemplateRenderer(assets.templates.sources), {
    stylesheet: assets.templates.sources.css,
    searchScript: assets.searchScript,
  });
  const files = new Map<string, string | Uint8Array>(output.files);
  const copies = await readPublishedFiles(
    checked.root,
    output.copies.filter((p) => !pdfPapers.has(p)),
  );
  for (const [rel, file] of [...pdfPapers, ...copies]) files.set(sitePaths.file(rel), file.bytes);
  const index = await buildSearchIndex(output.searchable.map((p) => ({ path: p, html: output.files.get(p)! })));
  for (const [rel, bytes] of index) files.set(rel, bytes);
  Object.assign(result, await writeSiteFiles(outDir, files), { built: true });
  return result;
}

function normaliseBaseUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed.href;
}
