import type { Action } from '../model/model-types.js';
import type { Audience } from '../model/select-audience.js';

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
