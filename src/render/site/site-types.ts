import type { PersonAttendance } from '../../model/compute-attendance.js';
import type { Repository } from '../../model/model-types.js';

/** A file the site links to for download: its size in bytes and, for a PDF, its page count. */
export interface DownloadInfo {
  size: number;
  pageCount?: number;
}

/** Everything the pure site builders need, read from disk beforehand. */
export interface SiteInput {
  /** The PUBLIC view of the repository (selectAudience(repository, 'public')): the only one a site may see. */
  repository: Repository;
  /** Absolute URL the site is published at, ending with "/": feeds and open data need absolute addresses. */
  baseUrl: string;
  /** PDF papers of public items, by repository path. */
  pdfPapers: ReadonlyMap<string, DownloadInfo>;
  /** Built agenda packs and minutes PDFs, by site path (pdf/<id>-agenda.pdf); empty without --pdf. */
  builtPdfs: ReadonlyMap<string, DownloadInfo>;
  /** Europe/London as an iCalendar VTIMEZONE component. */
  vtimezone: string;
  /** "sbp 0.1.0", named as the generator of feeds and data. */
  generator: string;
  /** Everyone's attendance, computed once. */
  attendance: ReadonlyMap<string, PersonAttendance>;
}

/** One HTML page: where it goes, the template that prints it, its view, and whether search indexes it. */
export interface SitePage {
  path: string;
  template: string;
  view: object;
  searchable: boolean;
}

/** A link as templates print it. */
export interface LinkView {
  href: string;
  text: string;
  current?: boolean;
  /** "PDF, 1.2 MB, 12 pages": what a download is, printed beside its link. */
  note?: string;
}
