import { formatLongDate } from '../model/format-date.js';
import type { MattersArisingRow } from '../model/group-matters-arising.js';
import type { Item, Meeting, Repository } from '../model/model-types.js';
import { nameBodyAt } from './describe-body.js';
import { describeMattersArisingRow, type RowWords } from './describe-matters-arising-row.js';

/** The Matters Arising report: a council-report front and the Appendix A table, one row per minute. */
export interface MattersArisingView {
  /** The report's title as the body names it: the agenda item's title ("Matters outstanding"). */
  title: string;
  reportNumber?: string;
  decisionMaker: string;
  date: string;
  contactOfficer: string;
  rows: ({ minute: string; itemTitle: string; date: string } & RowWords)[];
}

/** Model rows → the Matters Arising view. */
export function buildMattersArisingView(
  repository: Repository,
  meeting: Meeting,
  item: Item,
  rows: readonly MattersArisingRow[],
): MattersArisingView {
  const body = repository.bodies.get(meeting.bodyId);
  const contact = repository.config.contact;
  return {
    title: item.title,
    reportNumber: item.reportNumber,
    decisionMaker: body ? nameBodyAt(body, meeting.date).name : meeting.bodyId,
    date: formatLongDate(meeting.date),
    contactOfficer: `${contact.name}, Tel: ${contact.telephone}, E-mail: ${contact.email}`,
    rows: rows.map((row) => ({
      minute: row.minute,
      itemTitle: row.itemTitle,
      date: formatLongDate(row.date),
      ...describeMattersArisingRow(row, repository.config.mattersArising.noUpdate),
    })),
  };
}
