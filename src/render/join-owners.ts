import type { Owner } from '../model/model-types.js';

/** Owners as the Action column prints them: "AM/RV". */
export function joinOwners(owners: readonly Owner[]): string {
  return owners.map((o) => o.label).join('/');
}
