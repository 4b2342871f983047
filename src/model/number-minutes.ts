import type { Reporter } from '../diagnostics/report-at.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import { formatActionId } from './format-action-id.js';
import type { Item, Meeting } from './model-types.js';

/** A meeting with the front matter it was built from (explicit minute numbers live there). */
export interface NumberingInput {
  meeting: Meeting;
  front: MeetingFrontMatter;
}

/**
 * Give every item its minute number, counting through each body's municipal year and restarting
 * at 1 at its first meeting of the year; check explicit numbers; then name each action.
 */
export function numberMinutes(inputs: readonly NumberingInput[], reporter: Reporter): void {
  const groups = new Map<string, NumberingInput[]>();
  for (const input of inputs) {
    const key = `${input.meeting.bodyId}/${input.meeting.municipalYear}`;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : 1));
    let next = 1;
    group.forEach(({ meeting, front }, i) => {
      if (front.minuteStart !== undefined) {
        // The first meeting in the repository may start mid-year; later ones must continue the sequence.
        if (i > 0 && front.minuteStart !== next)
          reportJump(reporter, meeting, ['minuteStart'], next, front.minuteStart);
        next = front.minuteStart;
      }
      meeting.items.forEach((item, index) => {
        const explicit = front.items[index].minute;
        if (explicit !== undefined && explicit !== next) {
          reportJump(reporter, meeting, ['items', index, 'minute'], next, explicit);
          next = explicit;
        }
        assignMinute(
          item,
          String(next),
          front.items[index].items.map((s) => s.minute),
          meeting,
          reporter,
        );
        next++;
      });
    });
  }
  for (const { meeting } of inputs) for (const item of meeting.items) nameActions(meeting, item);
}

/**
 * Sub-items are lettered a, b, c under their item's number. An explicit letter is allowed (clerks
 * sometimes skip one, as in 68, 68b, 68c) if it belongs to the item and moves forward; the following
 * sub-items continue from it.
 */
function assignMinute(
  item: Item,
  minute: string,
  explicitSubs: (string | undefined)[],
  meeting: Meeting,
  reporter: Reporter,
): void {
  item.minute = minute;
  let letter = 0;
  item.items.forEach((sub, i) => {
    const explicit = explicitSubs[i];
    const wanted =
      explicit && explicit.slice(0, -1) === minute ? explicit.charCodeAt(explicit.length - 1) - 97 : undefined;
    if (wanted !== undefined && wanted >= letter) letter = wanted;
    sub.minute = minute + String.fromCharCode(97 + letter);
    if (explicit !== undefined && explicit !== sub.minute) {
      reporter.report(
        'minute-mismatch',
        { file: meeting.file, path: [...sub.src.path, 'minute'] },
        `this sub-item is minute ${sub.minute} in sequence, but says minute ${explicit}`,
        `Write a letter after the previous sub-item's under minute ${minute}, e.g. minute: ${sub.minute}, or remove the key.`,
      );
    }
    letter++;
  });
}

function reportJump(
  reporter: Reporter,
  meeting: Meeting,
  path: (string | number)[],
  expected: number,
  got: number,
): void {
  const src = { file: meeting.file, path };
  if (got > expected) {
    const missing = got - 1 === expected ? `${expected} is` : `${expected} to ${got - 1} are`;
    reporter.report(
      'minute-gap',
      src,
      `minute numbers jump from ${expected - 1} to ${got}: ${missing} missing`,
      `Number this item ${expected}, or add the meeting file that used the missing numbers.`,
    );
  } else {
    reporter.report(
      'minute-duplicate',
      src,
      `minute ${got} was already used earlier in the ${meeting.municipalYear}/${String(meeting.municipalYear + 1).slice(2)} municipal year; the next free number is ${expected}`,
      `Number this ${expected}, or remove the explicit number.`,
    );
  }
}

function nameActions(meeting: Meeting, item: Item): void {
  for (const r of item.resolutions) {
    if (r.owners.length && !r.actionId)
      r.actionId = formatActionId(meeting.bodyId, meeting.date, item.minute, r.index, item.resolutions.length);
  }
  for (const sub of item.items) nameActions(meeting, sub);
}
