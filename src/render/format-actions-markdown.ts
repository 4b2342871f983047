import type { ActionListing } from '../model/list-actions.js';
import type { Audience } from '../model/select-audience.js';
import { describeAge } from './describe-age.js';
import { describeActionText, MEMBERS_BANNER } from './describe-exemption.js';
import { joinOwners } from './join-owners.js';

/** A GitHub-flavoured Markdown table of actions (for issues, pull requests and wikis). */
export function formatActionsMarkdown(listings: readonly ActionListing[], audience: Audience): string {
  const banner = audience === 'members' ? `> **${MEMBERS_BANNER}**\n\n` : '';
  if (listings.length === 0) return `${banner}_No actions._\n`;
  const lines = [
    '| Action | Minute | Resolution | Owners | Status | Age | Due | Latest update |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const l of listings) {
    const { action } = l;
    const update = l.lastUpdate ? `${l.lastUpdate.date}: ${l.lastUpdate.text}` : '';
    const cells = [
      `\`${action.id}\``,
      `${action.minute} ${action.itemTitle} (${action.date})`,
      describeActionText(action),
      joinOwners(action.owners),
      l.status === 'open' ? 'open' : `${l.status} ${l.closedOn}`,
      describeAge(l),
      (action.due ?? '') + (l.overdue ? ' (overdue)' : ''),
      update,
    ];
    lines.push(`| ${cells.map(escapeMarkdownCell).join(' | ')} |`);
  }
  return `${banner}${lines.join('\n')}\n`;
}

/** Text safe inside one Markdown table cell: pipes escaped, line breaks as <br>. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
