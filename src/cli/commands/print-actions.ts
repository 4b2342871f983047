import type { CommandOutcome } from '../../diagnostics/decide-exit-code.js';
import { formatDidYouMean } from '../../diagnostics/suggest-nearest.js';
import { todayIsoDate } from '../../model/add-days.js';
import { findEmptyingFilters } from '../../model/find-emptying-filters.js';
import { type ActionFilters, listActions } from '../../model/list-actions.js';
import type { Repository } from '../../model/model-types.js';
import { type Audience, selectAudience } from '../../model/select-audience.js';
import { describeNoActions } from '../../render/describe-no-actions.js';
import { formatActionsCsv } from '../../render/format-actions-csv.js';
import { formatActionsJson } from '../../render/format-actions-json.js';
import { formatActionsMarkdown } from '../../render/format-actions-markdown.js';
import { formatActionsTable } from '../../render/format-actions-table.js';
import { measureTerminal } from '../measure-terminal.js';
import { sayUsage } from '../settle-outcome.js';

/**
 * Print the actions matching `filters` in `format`, as `audience` may see them (the public view unless
 * --full); an unknown --body or --owner is a usage mistake.
 */
export function printActions(
  repository: Repository,
  filters: Omit<ActionFilters, 'asOf'> & { asOf?: string },
  format: string,
  audience: Audience,
): CommandOutcome | undefined {
  if (filters.body && !repository.bodies.has(filters.body)) {
    const bodies = [...repository.bodies.keys()];
    return sayUsage(
      'actions',
      `unknown body "${filters.body}"${formatDidYouMean(filters.body, bodies)}: give one of ${bodies.join(', ')}`,
    );
  }
  if (filters.owner && !listOwnerNames(repository).some((n) => n.toLowerCase() === filters.owner!.toLowerCase()))
    return sayUsage(
      'actions',
      `no owner "${filters.owner}" in roster.yaml or the minutes${formatDidYouMean(filters.owner, listOwnerNames(repository))}: give initials (RV), a person id or a group code`,
    );
  const resolved: ActionFilters = { ...filters, asOf: filters.asOf ?? todayIsoDate() };
  const view = selectAudience(repository, audience);
  const listings = listActions(view, resolved);
  if (listings.length === 0 && format === 'table') {
    process.stdout.write(describeNoActions(resolved, findEmptyingFilters(view, resolved), !filters.asOf));
    return undefined;
  }
  const out =
    format === 'json'
      ? formatActionsJson(listings, resolved, audience)
      : format === 'csv'
        ? formatActionsCsv(listings, audience)
        : format === 'markdown'
          ? formatActionsMarkdown(listings, audience)
          : formatActionsTable(listings, measureTerminal(process.stdout), audience);
  process.stdout.write(out);
  return undefined;
}

/** Every name an owner can be given by: initials, person ids, group codes, and owners as the minutes write them. */
function listOwnerNames(repository: Repository): string[] {
  const names: string[] = [];
  for (const person of repository.people.values()) names.push(person.id, ...(person.initials ? [person.initials] : []));
  names.push(...repository.groupOwners.keys());
  for (const action of repository.actions.values())
    for (const owner of action.owners)
      names.push(owner.label, ...[owner.personId, owner.groupId].filter((n) => n !== undefined));
  return [...new Set(names)];
}
