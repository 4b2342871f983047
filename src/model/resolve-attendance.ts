import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { MeetingFrontMatter } from '../validate/schemas/meeting-schema.js';
import { formatLongDate } from './format-date.js';
import type { MeetingContext } from './meeting-context.js';
import type { Apology, Attendee, Meeting, SourceRef } from './model-types.js';

type Attendance = Pick<Meeting, 'present' | 'alsoPresent' | 'apologies' | 'declarations' | 'chairs'>;
type AttendanceEntry = string | { person: string; title: string } | { name: string; title?: string };

/** Resolve who was present, also present, apologising and substituting, and check they fit together. */
export function resolveAttendance(file: string, front: MeetingFrontMatter, ctx: MeetingContext): Attendance {
  const a = front.attendance;
  const at = (...path: (string | number)[]): SourceRef => ({ file, path: ['attendance', ...path] });
  const resolve = (ref: string, src: SourceRef) => resolveAttendee(ref, src, front, ctx);
  // A title given at the meeting is the one its minutes print, whatever the roster says.
  const resolveEntry = (entry: AttendanceEntry, list: string, i: number): Attendee => {
    if (typeof entry === 'string') return resolve(entry, at(list, i));
    if ('name' in entry) return { name: entry.name, title: entry.title };
    return { ...resolve(entry.person, at(list, i, 'person')), title: entry.title };
  };
  const present = (a?.present ?? []).map((entry, i) => resolveEntry(entry, 'present', i));
  const alsoPresent = (a?.alsoPresent ?? []).map((entry, i) => resolveEntry(entry, 'alsoPresent', i));
  const apologies: Apology[] = (a?.apologies ?? []).map((entry, i) => {
    const { person, substitute } = typeof entry === 'string' ? { person: entry, substitute: undefined } : entry;
    const path = typeof entry === 'string' ? [i] : [i, 'person'];
    const apology: Apology = { person: resolve(person, at('apologies', ...path)) };
    if (substitute) apology.substitute = resolve(substitute, at('apologies', i, 'substitute'));
    return apology;
  });
  const declarations = (a?.declarations ?? []).map((d, i) => ({
    person: resolve(d.person, at('declarations', i, 'person')),
    item: d.item,
    interest: d.interest,
  }));
  const chairs = findChairs(file, front, present, resolve);

  const ids = (list: Attendee[]) => new Set(list.map((p) => p.personId).filter(Boolean));
  const presentIds = ids(present);
  apologies.forEach((apology, i) => {
    const path = typeof a!.apologies[i] === 'string' ? [i] : [i, 'person'];
    if (apology.person.personId && presentIds.has(apology.person.personId)) {
      ctx.reporter.report(
        'present-and-apologies',
        at('apologies', ...path),
        `${apology.person.name} is listed as present and as giving apologies`,
        'Remove them from one of the two lists.',
      );
    }
    if (apology.substitute && apology.person.personId && !apology.person.role) {
      ctx.reporter.report(
        'substitute-not-member',
        at('apologies', i, 'substitute'),
        `${apology.substitute.name} substitutes for ${apology.person.name}, who is not a member of this body on ${formatLongDate(front.date)}`,
        'Only members send substitutes: check the person, or add their membership to roster.yaml.',
      );
    }
  });
  chairs.forEach((chair, i) => {
    if (!front.chair || !chair.personId || presentIds.has(chair.personId)) return;
    ctx.reporter.report(
      'chair-not-present',
      { file, path: Array.isArray(front.chair) ? ['chair', i] : ['chair'] },
      `the chair, ${chair.name}, is not listed as present`,
      'Add them to attendance.present, or correct chair:.',
    );
  });
  for (const [i, p] of present.entries()) reportNonMember(p, at('present', i), front, ctx.reporter);
  return { present, alsoPresent, apologies, declarations, chairs };
}

/**
 * Who chaired: those `chair:` names, else the body's chairman if present, else every joint chairman
 * present (joint chairmen share the chair: neither comes first because of the order they are listed in).
 */
function findChairs(
  file: string,
  front: MeetingFrontMatter,
  present: Attendee[],
  resolve: (ref: string, src: SourceRef) => Attendee,
): Attendee[] {
  if (front.chair !== undefined) {
    const refs = Array.isArray(front.chair) ? front.chair : [front.chair];
    return refs.map((ref, i) => {
      const chair = resolve(ref, { file, path: Array.isArray(front.chair) ? ['chair', i] : ['chair'] });
      // The person as listed present carries the title printed at this meeting.
      return present.find((p) => p.personId && p.personId === chair.personId) ?? chair;
    });
  }
  const chairman = present.filter((p) => p.role === 'chairman');
  return chairman.length > 0 ? chairman : present.filter((p) => p.role === 'joint-chairman');
}

function reportNonMember(p: Attendee, src: SourceRef, front: MeetingFrontMatter, reporter: Reporter): void {
  if (!p.personId || p.role) return;
  reporter.report(
    'not-a-member',
    src,
    `${p.name} is listed as present but is not a member of "${front.body}" on ${formatLongDate(front.date)}`,
    'Move them to alsoPresent, or add a membership covering this date to roster.yaml.',
  );
}

/** A person reference at a meeting, with the role and printed title they had that day. */
function resolveAttendee(ref: string, src: SourceRef, front: MeetingFrontMatter, ctx: MeetingContext): Attendee {
  const found = ctx.resolver.resolve(ref, front.date, front.body);
  if (found.kind === 'person') {
    const membership = ctx.resolver.membershipOn(found.person.id, front.body, front.date);
    return {
      personId: found.person.id,
      name: found.person.name,
      title: membership?.title ?? found.person.title,
      role: membership?.role,
    };
  }
  if (found.kind === 'ambiguous') {
    ctx.reporter.report(
      'ambiguous-initials',
      src,
      `"${ref}" could mean ${found.candidates.map((p) => `${p.name} (${p.id})`).join(' or ')}`,
      'Write the person id instead of the initials.',
    );
  } else {
    ctx.reporter.report(
      'unknown-person',
      src,
      `unknown person "${ref}"${formatDidYouMean(ref, found.suggestions)}`,
      'Use a person id or initials from roster.yaml; add new people to roster.yaml first.',
    );
  }
  return { name: ref };
}
