import { formatLongDate } from '../model/format-date.js';
import type { Meeting } from '../model/model-types.js';
import type { MattersArisingRow } from '../model/report-matters-arising.js';
import { escapeMarkdownCell } from './format-actions-markdown.js';
import { joinOwners } from './join-owners.js';

/** What the Update column says for a row: the latest update, marked when it completed the action. */
export function describeRowUpdate(row: MattersArisingRow): string {
  if (row.action.status === 'superseded' && !row.completed) return `Superseded by ${row.action.supersededBy}.`;
  const text = row.update?.text ?? '';
  if (row.completed) return text ? `Completed. ${text}` : 'Completed.';
  return text || 'Awaiting update.';
}

/** The Matters Arising report as a Markdown table, laid out as seeds 001 (Appendix A) and 003 (Appendix 2). */
export function formatMattersArisingMarkdown(
  rows: readonly MattersArisingRow[],
  meeting: Meeting,
  bodyName: string,
): string {
  const lines = [`# Matters Arising: ${bodyName}, ${formatLongDate(meeting.date)}`, ''];
  if (rows.length === 0) return `${lines.join('\n')}No matters arising from previous meetings.\n`;
  lines.push('| Minute | Matters arising | Owner | Update |', '| --- | --- | --- | --- |');
  let lastMinute = '';
  for (const row of rows) {
    const { action } = row;
    const key = `${action.meetingId}/${action.minute}`;
    // As in the seeds, a minute with several resolutions is named once, on its first row.
    const minute =
      key === lastMinute ? '' : `**Minute ${action.minute}** ${action.itemTitle}<br>${formatLongDate(action.date)}`;
    lastMinute = key;
    const cells = [
      minute,
      escapeMarkdownCell(action.text),
      escapeMarkdownCell(joinOwners(action.owners)),
      escapeMarkdownCell(describeRowUpdate(row)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The Matters Arising report as plain text for the terminal: one block per action. */
export function formatMattersArisingText(
  rows: readonly MattersArisingRow[],
  meeting: Meeting,
  bodyName: string,
): string {
  const lines = [`Matters Arising: ${bodyName}, ${formatLongDate(meeting.date)}`, ''];
  if (rows.length === 0) lines.push('No matters arising from previous meetings.');
  for (const row of rows) {
    const { action } = row;
    lines.push(
      `Minute ${action.minute} ${action.itemTitle} (${formatLongDate(action.date)})  [${action.id}]`,
      `  Resolved: ${action.text}`,
      `  Owner:    ${joinOwners(action.owners)}`,
      `  Update:   ${describeRowUpdate(row)}`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
