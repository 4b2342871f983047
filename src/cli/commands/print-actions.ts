import { todayIsoDate } from '../../model/add-days.js';
import { type ActionFilters, listActions } from '../../model/list-actions.js';
import type { Repository } from '../../model/model-types.js';
import { formatActionsCsv } from '../../render/format-actions-csv.js';
import { formatActionsJson } from '../../render/format-actions-json.js';
import { formatActionsMarkdown } from '../../render/format-actions-markdown.js';
import { formatActionsTable } from '../../render/format-actions-table.js';

/** Print the actions matching `filters` in `format`; an unknown --body is a usage mistake. */
export function printActions(
  repository: Repository,
  filters: Omit<ActionFilters, 'asOf'> & { asOf?: string },
  format: string,
): void {
  if (filters.body && !repository.bodies.has(filters.body)) {
    process.stderr.write(
      `sbp actions: unknown body "${filters.body}": give one of ${[...repository.bodies.keys()].join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const resolved: ActionFilters = { ...filters, asOf: filters.asOf ?? todayIsoDate() };
  const listings = listActions(repository, resolved);
  const out =
    format === 'json'
      ? formatActionsJson(listings, resolved)
      : format === 'csv'
        ? formatActionsCsv(listings)
        : format === 'markdown'
          ? formatActionsMarkdown(listings)
          : formatActionsTable(listings, terminalWidth());
  process.stdout.write(out);
}

/** Columns of the terminal; COLUMNS or 100 when output is piped. */
export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 100;
}
