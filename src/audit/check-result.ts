/** The outcome of one machine check: how many objects it examined, and each failure with its page. */
export interface CheckResult {
  /** Stable id of the check (e.g. "content-tagged"). */
  id: string;
  /** Matterhorn Protocol failure conditions it covers (e.g. "01-005"), and the PDF/UA-1 clause. */
  matterhorn: string[];
  clause: string;
  /** What must hold. */
  title: string;
  passed: boolean;
  /** Objects examined (pages, elements, annotations...). */
  checked: number;
  failures: number;
  /** Pages where it fails, ascending, without repeats. */
  pages: number[];
  /** The first few failures, described. */
  notes: string[];
}

/** One failure found by a check. */
export interface Failure {
  page?: number;
  note: string;
}

/** What a check is, before it is run. */
export interface CheckSpec {
  id: string;
  matterhorn: string[];
  clause: string;
  title: string;
}

const MAX_NOTES = 5;

/** The result of a check from its failures. */
export function resultOf(spec: CheckSpec, checked: number, failures: readonly Failure[]): CheckResult {
  const pages = [...new Set(failures.map((f) => f.page).filter((p): p is number => p !== undefined))].sort(
    (a, b) => a - b,
  );
  return {
    ...spec,
    passed: failures.length === 0,
    checked,
    failures: failures.length,
    pages,
    notes: failures.slice(0, MAX_NOTES).map((f) => (f.page === undefined ? f.note : `page ${f.page}: ${f.note}`)),
  };
}
