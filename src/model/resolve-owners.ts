import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import type { MeetingContext } from './meeting-context.js';
import type { Owner, SourceRef } from './model-types.js';
import { isActiveOn } from './municipal-year.js';

/** Resolve Action-column owners (initials, person ids, group codes) as at the meeting's date. */
export function resolveOwners(
  labels: readonly string[],
  src: SourceRef,
  front: MeetingFrontMatter,
  ctx: MeetingContext,
): Owner[] {
  return labels.map((label, i) => {
    const at = { file: src.file, path: [...src.path, i] };
    if (ctx.groupOwners.has(label)) return { label, groupId: label };
    const found = ctx.resolver.resolve(label, front.date, front.body);
    if (found.kind === 'person') {
      checkCurrent(label, found.person.id, found.person.name, at, front, ctx);
      return { label, personId: found.person.id };
    }
    if (found.kind === 'ambiguous') {
      const names = found.candidates.map((p) => `${p.name} (${p.id})`).join(' or ');
      ctx.reporter.report(
        'ambiguous-initials',
        at,
        `the initials "${label}" could mean ${names} on ${front.date}`,
        `Write the person id instead of the initials, e.g. owners: [${found.candidates[0].id}].`,
      );
    } else {
      const groups = [...ctx.groupOwners.keys()];
      ctx.reporter.report(
        'unknown-owner',
        at,
        `unknown owner "${label}"${formatDidYouMean(label, [...found.suggestions, ...groups])}`,
        `Give initials or a person id from roster.yaml${groups.length ? `, or a group owner (${groups.join(', ')})` : ''}; add new people to roster.yaml.`,
      );
    }
    return { label };
  });
}

/** Initials that resolve to someone whose every membership has ended (or not begun) probably mean someone else now. */
function checkCurrent(
  label: string,
  personId: string,
  name: string,
  at: SourceRef,
  front: MeetingFrontMatter,
  ctx: MeetingContext,
): void {
  if (label === personId) return;
  const memberships = ctx.resolver.membershipsOf(personId);
  // Officers who report to the board have no membership at all: they may own actions.
  if (!memberships.length || memberships.some((m) => isActiveOn(front.date, m.from, m.until))) return;
  ctx.reporter.report(
    'owner-not-current',
    at,
    `"${label}" means ${name}, who is not a member of any body on ${front.date}`,
    `If someone else with these initials is meant, add them to roster.yaml and write their person id; if ${name} is right, write "${personId}".`,
  );
}
