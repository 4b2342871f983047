/** The start year of the municipal year containing `date` (2019 for 2019-06-20 when the year starts 05-01). */
export function findMunicipalYear(date: string, yearStart: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= yearStart ? year : year - 1;
}

/** Whether a membership running from..until covers `date` (all YYYY-MM-DD). */
export function isActiveOn(date: string, from: string, until?: string): boolean {
  return from <= date && (until === undefined || date <= until);
}
