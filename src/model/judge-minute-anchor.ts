import type { Reporter } from '../diagnostics/report-at.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import { formatLongDate } from './format-date.js';
import type { DeclaredPreviousMeeting, Meeting } from './model-types.js';

/** An explicit number in a meeting file: `minuteStart:` or an item's `minute:`. */
export interface Anchor {
  value: number;
  path: (string | number)[];
  /** As written, when it is a sub-item's number (68b). */
  label?: string;
}

/** One agenda item of a body, in date order, with the explicit numbers it carries. */
export interface Slot {
  meeting: Meeting;
  front: MeetingFrontMatter;
  item: number;
  /** minuteStart (on a meeting's first item), then the item's own minute:. */
  anchors: Anchor[];
  /** Numbers the item's sub-items imply (minute: 68b says its item is 68): evidence only, never numbering. */
  witnesses: Anchor[];
  /** On a meeting's first item: whether it continues the repository's previous meeting's numbers, and a declared meeting of the same year between them. */
  opening?: { continues: boolean; declared?: DeclaredPreviousMeeting };
}

/**
 * An explicit number that disagrees with the sequence is either a typo (the item keeps its number in
 * sequence) or a deliberate jump (numbering continues from it). The next explicit number tells them apart:
 * it follows from one reading or the other. Either way the one fault is reported once, here.
 */
export function judgeAnchor(
  slots: readonly Slot[],
  at: { slot: number; anchor: number },
  expected: number,
  reporter: Reporter,
): 'typo' | 'jump' {
  const slot = slots[at.slot];
  const anchor = slot.anchors[at.anchor];
  const value = anchor.value;
  const src = { file: slot.meeting.file, path: anchor.path };
  const missing = Array.from({ length: Math.max(0, value - expected) }, (_, i) => String(expected + i));
  const skipped = new Set(slot.front.skippedMinutes.map(String));
  if (missing.length > 0 && missing.every((m) => skipped.has(m))) return 'jump';
  const later = findNextAnchor(slots, at);
  const what = anchor.path[0] === 'minuteStart' ? "this meeting's first minute" : 'this item';
  if (later && later.anchor.value === expected + later.distance) {
    const inFile = later.slot.meeting === slot.meeting ? '' : ` of ${later.slot.meeting.file}`;
    const says =
      later.anchor.path[0] === 'minuteStart'
        ? `${later.slot.meeting.file} has minuteStart: ${later.anchor.value}`
        : later.anchor.label
          ? `item ${later.slot.item + 1}${inFile} has a sub-item numbered ${later.anchor.label}`
          : `item ${later.slot.item + 1}${inFile} says minute: ${later.anchor.value}`;
    reporter.report(
      'minute-mismatch',
      src,
      `${what} is minute ${expected} in sequence, but says minute ${value}`,
      `${capitalise(says)}, which follows from ${expected} here: write ${expected}, or remove the key.`,
    );
    return 'typo';
  }
  if (value > expected) {
    const list = missing.length === 1 ? `${missing[0]} is` : `${missing[0]} to ${missing.at(-1)} are`;
    reporter.report(
      'minute-gap',
      src,
      `minute numbers jump from ${expected - 1} to ${value}: ${list} missing`,
      slot.item === 0
        ? `If the ${slot.meeting.bodyId} met after ${formatLongDate(slots[at.slot - 1]?.meeting.date ?? slot.meeting.date)} and that meeting's file is not in the repository, declare its numbers: previousMeeting: { date: "YYYY-MM-DD", lastMinute: ${value - 1} }; or add that meeting's file; otherwise start at ${expected}.`
        : `Number this item ${expected}, or remove the key; if the printed minutes skip ${missing.length === 1 ? 'it' : 'them'}, list ${missing.length === 1 ? 'it' : 'them'} in skippedMinutes: [${missing.join(', ')}].`,
    );
  } else {
    const year = slot.meeting.municipalYear;
    reporter.report(
      'minute-duplicate',
      src,
      `minute ${value} was already used earlier in the ${year}/${String(year + 1).slice(2)} municipal year; the next free number is ${expected}`,
      `Number this ${expected}, or remove the explicit number.`,
    );
  }
  return 'jump';
}

/** The next explicit number after `at` and how many items lie between, up to a meeting whose predecessors' numbers are unknown. */
function findNextAnchor(
  slots: readonly Slot[],
  at: { slot: number; anchor: number },
): { slot: Slot; anchor: Anchor; distance: number } | undefined {
  for (let s = at.slot; s < slots.length; s++) {
    const slot = slots[s];
    const opening = slot.opening;
    if (s > at.slot && opening && (!opening.continues || opening.declared)) return undefined;
    const found = [...slot.anchors.slice(s === at.slot ? at.anchor + 1 : 0), ...slot.witnesses][0];
    if (found) return { slot, anchor: found, distance: s - at.slot };
  }
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
