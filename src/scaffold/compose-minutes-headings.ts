import type { Item, Meeting } from '../model/model-types.js';

/**
 * A heading per item with its minute number ("## 64 Police update", "### 68a ..."), for an agenda whose
 * minutes text is still empty; nothing when the clerk has already written minutes text.
 */
export function composeMinutesHeadings(meeting: Meeting): { text: string; count: number } {
  if (meeting.hasMinutes) return { text: '', count: 0 };
  const lines: string[] = [];
  const add = (item: Item, depth: number) => {
    lines.push(`${'#'.repeat(depth)} ${item.minute} ${item.title}`, '');
    for (const sub of item.items) add(sub, depth + 1);
  };
  for (const item of meeting.items) add(item, 2);
  return { text: lines.join('\n'), count: lines.length / 2 };
}
