import { formatLongDate } from '../model/format-date.js';
import type { MattersArisingRow } from '../model/group-matters-arising.js';
import type { Meeting } from '../model/model-types.js';
import type { Audience } from '../model/select-audience.js';
import { describeAudience, MEMBERS_BANNER } from './describe-exemption.js';
import { describeMattersArisingRow } from './describe-matters-arising-row.js';
import { escapeMarkdownCell } from './format-actions-markdown.js';

/** A Matters Arising report to print: the meeting, its rows and the words the clerk configured. */
export interface MattersArisingReport {
  meeting: Meeting;
  bodyName: string;
  /** The report's title as the body names it ("Matters outstanding"), else "Matters Arising". */
  title: string;
  rows: readonly MattersArisingRow[];
  /** The Update column's words for an action with no update (sbp.yaml mattersArising.noUpdate). */
  noUpdate: string;
  audience: Audience;
}

/** The Matters Arising report as a Markdown table, one row per minute as seeds 001 (Appendix A) and 003 (Appendix 2). */
export function formatMattersArisingMarkdown(report: MattersArisingReport): string {
  const banner = report.audience === 'members' ? `> **${MEMBERS_BANNER}**\n\n` : '';
  const lines = [`# ${report.title}: ${report.bodyName}, ${formatLongDate(report.meeting.date)}`, ''];
  if (report.rows.length === 0) return `${banner}${lines.join('\n')}No matters arising from previous meetings.\n`;
  lines.push('| Minute | Matters arising | Owner | Update |', '| --- | --- | --- | --- |');
  for (const row of report.rows) {
    const words = describeMattersArisingRow(row, report.noUpdate);
    const cell = (parts: string[]) => parts.map(escapeMarkdownCell).join('<br>');
    const labelled = (label: string | undefined, text: string) => (label ? `${label} ${text}` : text);
    const cells = [
      `**Minute ${row.minute}** ${escapeMarkdownCell(row.itemTitle)}<br>${formatLongDate(row.date)}`,
      cell([
        ...(words.exemptNote ? [words.exemptNote] : []),
        ...words.resolutions.map((r) =>
          labelled(
            r.label,
            [r.text, r.standing ? '(standing)' : '', r.status ? `**${r.status}**` : ''].filter(Boolean).join(' '),
          ),
        ),
      ]),
      cell(words.resolutions.map((r) => labelled(r.label, r.owners))),
      cell(words.updates.map((u) => labelled(u.label, u.text))),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${banner}${lines.join('\n')}\n`;
}

/** The Matters Arising report as plain text for the terminal: one block per minute. */
export function formatMattersArisingText(report: MattersArisingReport): string {
  const lines = [`${report.title}: ${report.bodyName}, ${formatLongDate(report.meeting.date)}`, ''];
  if (report.rows.length === 0) lines.push('No matters arising from previous meetings.');
  for (const row of report.rows) {
    const words = describeMattersArisingRow(row, report.noUpdate);
    lines.push(`Minute ${row.minute} ${row.itemTitle} (${formatLongDate(row.date)})`);
    const block = (heading: string, texts: string[]) => {
      for (const [i, text] of texts.entries()) lines.push(`  ${(i === 0 ? heading : '').padEnd(10)}${text}`);
    };
    if (words.exemptNote) block('', [words.exemptNote]);
    block(
      'Resolved:',
      words.resolutions.flatMap((r) => [
        `${r.label ? `${r.label} ` : ''}${r.text}  [${r.id}]`,
        `Owner: ${r.owners}${r.standing ? ' (standing)' : ''}${r.status ? `  ${r.status}` : ''}`,
      ]),
    );
    block(
      'Update:',
      words.updates.map((u) => (u.label ? `${u.label} ${u.text}` : u.text)),
    );
    lines.push('');
  }
  return `${describeAudience(report.audience)}${lines.join('\n').trimEnd()}\n`;
}
