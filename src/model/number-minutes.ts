import type { Reporter } from '../diagnostics/report-at.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import { judgeDeclaredPrevious } from './decide-previous-meeting.js';
import { formatLongDate } from './format-date.js';
import { judgeAnchor, type Slot } from './judge-minute-anchor.js';
import { letterSubItems } from './letter-sub-items.js';
import type { Meeting } from './model-types.js';
import { nameActions } from './name-actions.js';

/** A meeting with the front matter it was built from (explicit minute numbers live there). */
export interface NumberingInput {
  meeting: Meeting;
  front: MeetingFrontMatter;
}

/**
 * Give every item its minute number, counting through each body's municipal year and restarting at 1 at
 * its first meeting of the year; a declared previous meeting (with its last minute) bridges a meeting that
 * is not in the repository. Explicit numbers are checked, each fault once; then each action is named.
 */
export function numberMinutes(inputs: readonly NumberingInput[], reporter: Reporter): void {
  const bodies = new Map<string, NumberingInput[]>();
  for (const input of inputs) {
    const list = bodies.get(input.meeting.bodyId);
    if (list) list.push(input);
    else bodies.set(input.meeting.bodyId, [input]);
  }
  for (const list of bodies.values()) {
    list.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : 1));
    const slots = listSlots(list);
    let next = 1;
    for (const [s, slot] of slots.entries()) {
      let free = false;
      if (slot.opening) ({ next, free } = openMeeting(slot, next, reporter));
      for (const [a, anchor] of slot.anchors.entries()) {
        if (anchor.value === next) continue;
        // Where the numbers before a meeting are unknown, its first explicit number says where it starts.
        if (free && a === 0 && anchor.value > next) next = anchor.value;
        else if (judgeAnchor(slots, { slot: s, anchor: a }, next, reporter) === 'jump') next = anchor.value;
      }
      const item = slot.meeting.items[slot.item];
      item.minute = String(next);
      const explicitSubs = slot.front.items[slot.item].items.map((sub) => sub.minute);
      letterSubItems(item, explicitSubs, new Set(slot.front.skippedMinutes.map(String)), reporter);
      next++;
    }
  }
  for (const { meeting } of inputs) for (const item of meeting.items) nameActions(meeting, item);
}

function listSlots(list: readonly NumberingInput[]): Slot[] {
  const slots: Slot[] = [];
  list.forEach(({ meeting, front }, k) => {
    const earlier = list[k - 1]?.meeting;
    const declared = meeting.declaredPrevious;
    const accepted = declared && !judgeDeclaredPrevious(declared, meeting, earlier) ? declared : undefined;
    const opening = {
      continues: earlier?.municipalYear === meeting.municipalYear,
      // A declared meeting of the same municipal year stands between this meeting and the repository's.
      declared: accepted?.municipalYear === meeting.municipalYear ? accepted : undefined,
    };
    meeting.items.forEach((_, i) => {
      const explicit = front.items[i].minute;
      const anchors = [
        ...(i === 0 && front.minuteStart !== undefined ? [{ value: front.minuteStart, path: ['minuteStart'] }] : []),
        ...(explicit !== undefined ? [{ value: explicit, path: ['items', i, 'minute'] }] : []),
      ];
      const witnesses = front.items[i].items.flatMap((sub, j) =>
        sub.minute
          ? [{ value: Number.parseInt(sub.minute, 10), path: ['items', i, 'items', j, 'minute'], label: sub.minute }]
          : [],
      );
      slots.push({ meeting, front, item: i, anchors, witnesses, opening: i === 0 ? opening : undefined });
    });
  });
  return slots;
}

/**
 * Where a meeting's numbering starts, and whether it is free to start higher: when the numbers before it
 * are not in the repository (the year's first meeting there, or after a declared meeting without its last minute).
 */
function openMeeting(slot: Slot, next: number, reporter: Reporter): { next: number; free: boolean } {
  const { continues, declared } = slot.opening!;
  const base = continues ? next : 1;
  if (!declared) return { next: base, free: !continues };
  const { meeting } = slot;
  if (declared.lastMinute === undefined) {
    if (slot.anchors.length === 0)
      reporter.report(
        'previous-meeting-unknown',
        declared.src,
        `the previous meeting, of ${formatLongDate(declared.date)}, is in this municipal year but its last minute number is not given: sbp numbers this meeting from ${base}`,
        'Add lastMinute (its last minute number) to previousMeeting, or give this meeting minuteStart.',
      );
    return { next: base, free: true };
  }
  if (declared.lastMinute + 1 < base) {
    const year = `${meeting.municipalYear}/${String(meeting.municipalYear + 1).slice(2)}`;
    reporter.report(
      'minute-duplicate',
      { file: meeting.file, path: ['previousMeeting', 'lastMinute'] },
      `the declared meeting of ${formatLongDate(declared.date)} ends at minute ${declared.lastMinute}, but minutes up to ${base - 1} were already used earlier in the ${year} municipal year`,
      `Give that meeting's real last minute (${base} or more), or remove lastMinute.`,
    );
    return { next: base, free: false };
  }
  return { next: declared.lastMinute + 1, free: false };
}
