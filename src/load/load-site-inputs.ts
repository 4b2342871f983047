import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { Config } from '../validate/schemas/config-schema.js';
import { loadPdfPaper } from './load-pdf-paper.js';
import { BUNDLED_TEMPLATES_DIR, type LoadedTemplates, loadTemplates } from './load-templates.js';
import { resolveRepositoryPath } from './resolve-repository-path.js';

/** What the website is made with besides the repository: its templates, stylesheet, search script and time zone. */
export interface SiteAssets {
  templates: LoadedTemplates;
  searchScript: string;
  /** Europe/London as an iCalendar VTIMEZONE component (from @touch4it/ical-timezones' tz database copy). */
  vtimezone: string;
}

/** Read the site's templates (bundled, then the repository's templates/site/ overrides) and assets. */
export function loadSiteAssets(root: string, config: Pick<Config, 'templates'>): SiteAssets {
  const vtimezone = getVtimezoneComponent('Europe/London');
  if (!vtimezone) throw new Error('no VTIMEZONE for Europe/London in @touch4it/ical-timezones');
  const searchFile = path.join(BUNDLED_TEMPLATES_DIR, 'site', 'search.js');
  return {
    templates: loadTemplates(root, config, 'site'),
    searchScript: readFileSync(searchFile, 'utf8'),
    vtimezone: vtimezone.trim().replace(/\r?\n/g, '\r\n'),
  };
}

/** A file of the repository to publish: its bytes, size, and page count for a PDF (undefined when unreadable). */
export interface PublishedFile {
  bytes: Buffer;
  size: number;
  pageCount?: number;
}

/** Read repository files to publish (PDF papers, images), refusing any that lead outside the repository. */
export async function readPublishedFiles(root: string, paths: readonly string[]): Promise<Map<string, PublishedFile>> {
  const found = new Map<string, PublishedFile>();
  for (const rel of paths) {
    // The one guard: nothing outside the repository (symlinks followed) is ever published.
    const resolved = resolveRepositoryPath(root, rel);
    if (!resolved.ok || resolved.kind !== 'file') continue;
    try {
      const bytes = readFileSync(resolved.real);
      const file: PublishedFile = { bytes, size: bytes.length };
      if (/\.pdf$/i.test(rel)) {
        const pdf = await loadPdfPaper(root, rel);
        if (!pdf.ok) continue;
        file.pageCount = pdf.pageCount;
      }
      found.set(rel, file);
    } catch {
      // A missing or unreadable file is left out; sbp check reports it where it is named.
    }
  }
  return found;
}

/** Size and page count of a PDF sbp built (outside the repository), or undefined when it is not there. */
export async function readBuiltPdf(absPath: string): Promise<{ size: number; pageCount?: number } | undefined> {
  try {
    const size = statSync(absPath).size;
    // Built into the output folder, outside the repository: read from its own folder.
    const pdf = await loadPdfPaper(path.dirname(absPath), path.basename(absPath));
    return { size, pageCount: pdf.ok ? pdf.pageCount : undefined };
  } catch {
    return undefined;
  }
}
