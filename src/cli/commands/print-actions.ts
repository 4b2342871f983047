import { todayIsoDate } from '../../model/add-days.js';
import { type ActionFilters, listActions } from '../../model/list-actions.js';
import type { Repository } from '../../model/model-types.js';
import { type Audience, selectAudience } from '../../model/select-audience.js';
import { formatActionsCsv } from '../../render/format-actions-csv.js';
import { formatActionsJson } from '../../render/format-actions-json.js';
import { formatActionsMarkdown } from '../../render/format-actions-markdown.js';
import { formatActionsTable } from '../../render/format-actions-table.js';

/** Print the actions matching `filters` in `format`, as `audience` may see them; an unknown --body is a usage mistake. */
export function printActions(
  repository: Repository,
  filters: Omit<ActionFilters, 'asOf'> & { asOf?: string },
  format: string,
  audience: Audience,
): void {
  if (filters.body && !repository.bodies.has(filters.body)) {
    process.stderr.write(
      `sbp actions: unknown body "${filters.body}": give one of ${[...repository.bodies.keys()].join(', ')}\n`,
    );
    process.exitCode = 2;
    return;
  }
  const resolved: ActionFilters = { ...filters, asOf: filters.asOf ?? todayIsoDate() };
  const listings = listActions(selectAudience(repository, audience), resolved);
  const out =
    format === 'json'
      ? formatActionsJson(listings, resolved, audience)
      : format === 'csv'
        ? formatActionsCsv(listings, audience)
        : format === 'markdown'
          ? formatActionsMarkdown(listings, audience)
          : formatActionsTable(listings, terminalWidth(), audience);
  process.stdout.write(out);
}

/** Columns of the terminal; COLUMNS or 100 when output is piped. */
export function terminalWidth(): number {
  return process.stdout.columns || Number(process.env.COLUMNS) || 100;
}
