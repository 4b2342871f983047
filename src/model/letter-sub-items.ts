import type { Reporter } from '../diagnostics/report-at.js';
import type { Item } from './model-types.js';

/**
 * Letter an item's sub-items a, b, c under its minute number. An explicit letter must belong to the item
 * and move forward; one that skips letters is taken (printed minutes sometimes do skip one: 68, 68b, 68c)
 * but reported as a warning unless the meeting lists the skipped numbers in skippedMinutes.
 */
export function letterSubItems(
  item: Item,
  explicitSubs: readonly (string | undefined)[],
  skipped: ReadonlySet<string>,
  reporter: Reporter,
): void {
  const minute = item.minute;
  let letter = 0;
  item.items.forEach((sub, i) => {
    const explicit = explicitSubs[i];
    const src = { file: sub.src.file, path: [...sub.src.path, 'minute'] };
    const wanted = explicit?.slice(0, -1) === minute ? explicit.charCodeAt(explicit.length - 1) - 97 : undefined;
    if (wanted !== undefined && wanted > letter) {
      const passed = Array.from({ length: wanted - letter }, (_, k) => minute + String.fromCharCode(97 + letter + k));
      if (!passed.every((m) => skipped.has(m)))
        reporter.report(
          'minute-letter-skipped',
          src,
          `sub-item minute ${explicit} skips ${joinAnd(passed)}`,
          `Letter sub-items from a (write minute: ${minute}${String.fromCharCode(97 + letter)}, or remove the key); if the printed minutes really skip ${passed.length === 1 ? 'it' : 'them'}, say so: skippedMinutes: [${passed.join(', ')}].`,
        );
      letter = wanted;
    }
    sub.minute = minute + String.fromCharCode(97 + letter);
    if (explicit !== undefined && explicit !== sub.minute) {
      reporter.report(
        'minute-mismatch',
        src,
        `this sub-item is minute ${sub.minute} in sequence, but says minute ${explicit}`,
        `Write a letter after the previous sub-item's under minute ${minute}, e.g. minute: ${sub.minute}, or remove the key.`,
      );
    }
    letter++;
  });
}

function joinAnd(list: readonly string[]): string {
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
