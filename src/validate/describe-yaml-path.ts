/** What one entry of a list is called in a message, by the key that holds the list. */
const ENTRY_NAMES: Record<string, string> = {
  items: 'item',
  resolutions: 'resolution',
  papers: 'paper',
  updates: 'update',
  present: 'present',
  alsoPresent: 'also present',
  apologies: 'apology',
  declarations: 'declaration',
  owners: 'owner',
  people: 'person',
  memberships: 'membership',
  bodies: 'body',
  standingItems: 'standing item',
  formerNames: 'former name',
  closureDays: 'closure day',
  css: 'stylesheet',
};

/**
 * A YAML path as a clerk counts it: `items[2].resolutions[0].due` reads `item 3 "Police update",
 * resolution 1: due`; sub-items take their agenda letter (`item 7b "..."`). `data` supplies the names.
 */
export function describeYamlPath(path: readonly PropertyKey[], data: unknown, empty: string): string {
  if (!path.length) return empty;
  const parts: string[] = [];
  let value: unknown = data;
  let parentKey = '';
  let itemNumber = '';
  for (const [i, segment] of path.entries()) {
    const entry =
      value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const named = ENTRY_NAMES[parentKey] ?? 'entry';
      const label = named === 'item' ? itemLabel(itemNumber, segment) : String(segment + 1);
      if (named === 'item') itemNumber = label;
      const name = nameOf(entry);
      // "item 7b" says all of "item 7, item 7b": a sub-item replaces its parent in the description.
      if (named === 'item' && parts.length && parts[parts.length - 1].startsWith('item ')) parts.pop();
      parts.push(`${named} ${label}${name ? ` ${name}` : ''}`);
    } else if (!(String(segment) in ENTRY_NAMES) || i === path.length - 1) {
      parts.push(String(segment));
    }
    parentKey = String(segment);
    value = entry;
  }
  return parts.join(', ');
}

/** Items count 1, 2, 3; sub-items take their parent's number and a letter (7a, 7b). */
function itemLabel(parent: string, index: number): string {
  return parent ? `${parent}${String.fromCharCode(97 + index)}` : String(index + 1);
}

function nameOf(entry: unknown): string | undefined {
  if (entry === null || typeof entry !== 'object') return undefined;
  const record = entry as Record<string, unknown>;
  for (const key of ['title', 'name', 'id', 'action', 'person', 'path']) {
    const v = record[key];
    if (typeof v === 'string' && v.trim()) return `"${v.length > 50 ? `${v.slice(0, 49)}…` : v}"`;
  }
  return undefined;
}
