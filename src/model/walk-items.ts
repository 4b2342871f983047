import type { Item } from './model-types.js';

/** Every item and sub-item, in agenda order (an item before its sub-items). */
export function* walkItems(items: readonly Item[]): Generator<Item> {
  for (const item of items) {
    yield item;
    yield* walkItems(item.items);
  }
}
