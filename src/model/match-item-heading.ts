import type { Item } from './model-types.js';

/** An item heading read: the item it names, and the minute number it says when that is not the item's. */
export interface HeadingMatch {
  item?: Item;
  /** The number written in the heading, when it is neither the item's minute nor its agenda number. */
  wrongNumber?: string;
}

const NUMBER = /^\s*(?:minute\s+)?(\d+[a-z]?)[.):]?\s+/i;

/** Items by normalised title, built once per meeting (a heading is matched against them in constant time). */
export function indexItemTitles(items: readonly Item[]): Map<string, Item[]> {
  const index = new Map<string, Item[]>();
  for (const item of items) {
    const key = normaliseTitle(item.title);
    index.set(key, [...(index.get(key) ?? []), item]);
  }
  return index;
}

/**
 * Match a heading's text to an item: by its title, optionally after the minute or agenda number
 * (`## 64 Police update`); items already headed are taken last, so that repeated titles pair in order.
 */
export function matchItemHeading(
  text: string,
  index: Map<string, Item[]>,
  seen: { has(item: Item): boolean },
): HeadingMatch {
  const pick = (items: Item[]) => items.find((i) => !seen.has(i)) ?? items[0];
  const whole = index.get(normaliseTitle(text));
  const number = NUMBER.exec(text)?.[1]?.toLowerCase();
  const titled = index.get(normaliseTitle(stripItemNumber(text)));
  if (!number || !titled) return { item: whole ? pick(whole) : titled && pick(titled) };
  const numbered = titled.filter((i) => i.minute === number || i.number === number);
  if (numbered.length > 0) return { item: pick(numbered) };
  if (whole) return { item: pick(whole) };
  return { item: pick(titled), wrongNumber: number };
}

/** The heading's text without a leading minute number ("64 ", "Minute 68b. "). */
export function stripItemNumber(text: string): string {
  return text.replace(NUMBER, '');
}

/** Lower case, apostrophes dropped, every run of other characters one space (one pass: it runs per heading). */
function normaliseTitle(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 39 || c === 0x2019) continue;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out !== '') out += ' ';
      out += lower[i];
      gap = false;
    } else gap = true;
  }
  return out;
}
