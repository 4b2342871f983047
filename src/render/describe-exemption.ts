import type { Action, Item } from '../model/model-types.js';
import type { Audience } from '../model/select-audience.js';

/** The sentence printed in place of an exempt item's text. */
export function describeExemption(paragraph: number): string {
  return `This item contains exempt information (paragraph ${paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972) and is not for publication.`;
}

/** The mark on an exempt item in the members' copy: why it is not for publication. */
export function describeMembersExemption(exempt: NonNullable<Item['exempt']>): string {
  const why = `exempt information under paragraph ${exempt.paragraph} of Part 1 of Schedule 12A to the Local Government Act 1972`;
  return `NOT FOR PUBLICATION: ${why}${exempt.reason ? ` (${exempt.reason})` : ''}`;
}

/** The line that heads every members' view of actions: it holds exempt (Part 2) business. */
export const MEMBERS_BANNER = "MEMBERS' VIEW: includes exempt (Part 2) business. NOT FOR PUBLICATION.";

/** The banner an output for `audience` starts with: the members' banner and a blank line, or nothing for the public. */
export function describeAudience(audience: Audience): string {
  return audience === 'members' ? `${MEMBERS_BANNER}\n\n` : '';
}

/**
 * An action's resolution as a listing prints it: in the public view an exempt action says only that
 * it exists and why it is withheld; in the members' view it is marked as exempt.
 */
export function describeActionText(action: Action): string {
  if (!action.exempt) return action.text;
  const paragraph = `exempt: paragraph ${action.exempt.paragraph}`;
  return action.withheld ? `Not for publication (${paragraph}).` : `[NOT FOR PUBLICATION, ${paragraph}] ${action.text}`;
}
