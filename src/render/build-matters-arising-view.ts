import { formatLongDate } from '../model/format-date.js';
import type { Item, Meeting, Repository } from '../model/model-types.js';
import type { MattersArisingRow } from '../model/report-matters-arising.js';
import { nameBodyAt } from './describe-body.js';

/** The Matters Arising report: a council-report front and the Appendix A table. */
export interface MattersArisingView {
  title: string;
  reportNumber?: string;
  decisionMaker: string;
  date: string;
  contactOfficer: string;
  rows: {
    minute: string;
    itemTitle: string;
    date: string;
    text: string;
    owners: string;
    standing: boolean;
    update?: string;
    completed: boolean;
  }[];
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
    title: 'Matters Arising',
    reportNumber: item.reportNumber,
    decisionMaker: body ? nameBodyAt(body, meeting.date).name : meeting.bodyId,
    date: formatLongDate(meeting.date),
    contactOfficer: `${contact.name}, Tel: ${contact.telephone}, E-mail: ${contact.email}`,
    rows: rows.map(({ action, update, completed }) => ({
      minute: action.minute,
      itemTitle: action.itemTitle,
      date: formatLongDate(action.date),
      text: action.text,
      owners: action.owners.map((o) => o.label).join('/'),
      standing: action.standing,
      update: update?.text,
      completed,
    })),
  };
}
