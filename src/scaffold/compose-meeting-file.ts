import { Document, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { truncate } from '../render/format-actions-table.js';
import type { MemberEntry } from './list-members-by-id.js';

/** A standing item as the new file lists it, with the minute number it will take. */
export interface PlannedItem {
  title: string;
  kind?: string;
  description?: string;
  generate?: 'previous-minutes' | 'matters-arising';
  minute: number;
}

/** An open action awaiting an update, as the commented Matters Arising entries describe it. */
export interface PlannedUpdate {
  actionId: string;
  /** "Minute 64 Home Office Locality Review Report, 14 March 2019; owners BM". */
  heading: string;
  text: string;
  lastUpdate?: string;
}

/** Everything a new meeting file holds. */
export interface MeetingFilePlan {
  /** Comment lines opening the front matter (without "#"). */
  header: string[];
  body: string;
  date: string;
  time: string;
  venue?: string;
  dispatched: string;
  items: PlannedItem[];
  /** Index of the item before which the meeting's own items go. */
  ownItemsAt: number;
  membersHeading: string;
  members: MemberEntry[];
  updates: PlannedUpdate[];
}

/** The text of a new meeting file: YAML front matter with guiding comments, and an empty minutes body. */
export function composeMeetingFile(plan: MeetingFilePlan): string {
  const doc = new Document({
    body: plan.body,
    date: plan.date,
    time: plan.time,
    ...(plan.venue ? { venue: plan.venue } : {}),
    status: 'draft-agenda',
    dispatched: plan.dispatched,
    items: plan.items.map(({ title, kind, description, generate }) => ({
      title,
      ...(kind ? { kind } : {}),
      ...(description ? { description } : {}),
      ...(generate ? { papers: [{ generate }] } : {}),
    })),
  });
  doc.commentBefore = plan.header.map((line) => ` ${line}`).join('\n');
  const pairs = (doc.contents as YAMLMap<Scalar, unknown>).items as Pair<Scalar, Scalar>[];
  for (const pair of pairs) {
    // Quoted like the rest of the repository, so no YAML reader takes them for dates or sexagesimals.
    if (['date', 'time', 'dispatched'].includes(String(pair.key.value))) pair.value!.type = 'QUOTE_DOUBLE';
    if (pair.key.value === 'items') {
      pair.key.commentBefore = formatAttendanceComment(plan);
      const seq = pair.value as unknown as YAMLSeq<YAMLMap>;
      seq.items.forEach((item, i) => {
        (item.get('title', true) as Scalar).comment = ` minute ${plan.items[i].minute}`;
      });
      const next = seq.items[plan.ownItemsAt];
      if (next) next.commentBefore = " Add this meeting's own items here (each takes the next minute number).";
    }
  }
  doc.comment = formatUpdatesComment(plan.updates);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

function formatAttendanceComment(plan: MeetingFilePlan): string {
  const lines = [
    ` ${plan.membersHeading}.`,
    ' For the minutes, uncomment, keep those present, and add "apologies:" with those who sent apologies:',
    ' attendance:',
    '   present:',
  ];
  for (const m of plan.members) lines.push(`     - ${m.personId}${m.role ? ` # ${m.role}` : ''}`);
  if (plan.members.length === 0) lines.push('     - person-id');
  return lines.join('\n');
}

function formatUpdatesComment(updates: readonly PlannedUpdate[]): string | null {
  if (updates.length === 0)
    return ' Matters Arising: no actions are open. Updates on later actions go under "updates:".';
  const lines = [
    ' Matters Arising: every action still open. As each update comes in, uncomment "updates:" and the',
    ' entry, write the update as its text, and add "completes: true" when the update closes the action.',
    ' updates:',
  ];
  for (const u of updates) {
    lines.push(`   - action: ${u.actionId}`, `     # ${u.heading}`, `     # Resolved: ${truncate(u.text, 200)}`);
    if (u.lastUpdate) lines.push(`     # Last update: ${truncate(u.lastUpdate, 200)}`);
    lines.push('     text:');
  }
  return lines.join('\n');
}
