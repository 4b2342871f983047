import { posix } from 'node:path';
import type { BodyBlock } from '../parse/parse-markdown-file.js';
import type { ItemFrontMatter, MeetingFrontMatter, SubItemFrontMatter } from '../validate/schemas/meeting-schema.js';
import type { MeetingContext } from './meeting-context.js';
import type { Item, Meeting, PaperRef, SourceRef } from './model-types.js';
import { findMunicipalYear } from './municipal-year.js';
import { resolveAttendance } from './resolve-attendance.js';
import { resolveOwners } from './resolve-owners.js';

/** Turn one validated meeting file into a Meeting; minute numbers and action ids are filled in later. */
export function buildMeeting(
  file: string,
  front: MeetingFrontMatter,
  blocks: readonly BodyBlock[],
  ctx: MeetingContext,
): Meeting {
  const meeting: Meeting = {
    id: `${front.body}-${front.date}`,
    file,
    bodyId: front.body,
    date: front.date,
    time: front.time,
    venue: front.venue,
    virtual: front.virtual,
    status: front.status,
    cancelled: front.cancelled === true ? true : undefined,
    dispatched: front.dispatched,
    municipalYear: findMunicipalYear(front.date, ctx.config.municipalYearStart),
    items: front.items.map((item, i) => buildItem(item, String(i + 1), { file, path: ['items', i] }, front, ctx)),
    present: [],
    alsoPresent: [],
    apologies: [],
    declarations: [],
    chairs: [],
    updates: buildUpdates(file, front, ctx),
    ended: front.ended,
    nextMeeting: front.nextMeeting,
    declaredPrevious: buildDeclaredPrevious(file, front, ctx),
    hasMinutes: blocks.some((b) => !b.comment),
  };
  Object.assign(meeting, resolveAttendance(file, front, ctx));
  return meeting;
}

function buildDeclaredPrevious(
  file: string,
  front: MeetingFrontMatter,
  ctx: MeetingContext,
): Meeting['declaredPrevious'] {
  const declared = front.previousMeeting;
  if (!declared) return undefined;
  const src = { file, path: ['previousMeeting'] };
  const minutes =
    declared.minutes === undefined || declared.minutes === 'none'
      ? declared.minutes
      : {
          path: posix.normalize(declared.minutes.replace(/\\/g, '/')),
          src: { file, path: ['previousMeeting', 'minutes'] },
        };
  const municipalYear = findMunicipalYear(declared.date, ctx.config.municipalYearStart);
  return { date: declared.date, municipalYear, lastMinute: declared.lastMinute, minutes, src };
}

function buildItem(
  item: ItemFrontMatter | SubItemFrontMatter,
  number: string,
  src: SourceRef,
  front: MeetingFrontMatter,
  ctx: MeetingContext,
  inherited?: Item['exempt'],
): Item {
  const subItems = 'items' in item ? item.items : [];
  // A sub-item of a confidential item is confidential too, whatever it says itself.
  const exempt = item.exempt ?? inherited;
  return {
    number,
    minute: '',
    title: item.title,
    kind: item.kind,
    description: item.description,
    papers: buildPaperRefs(item, src),
    exempt,
    reportNumber: item.reportNumber,
    resolutions: item.resolutions.map((r, i) => {
      const rsrc = { file: src.file, path: [...src.path, 'resolutions', i] };
      return {
        index: i + 1,
        text: r.text,
        owners: resolveOwners(r.owners, { ...rsrc, path: [...rsrc.path, 'owners'] }, front, ctx),
        due: r.due,
        standing: r.standing,
        done: r.done,
        supersedes: r.supersedes,
        actionId: r.owners.length ? r.id : undefined,
        src: rsrc,
      };
    }),
    items: subItems.map((sub, i) =>
      buildItem(
        sub,
        number + String.fromCharCode(97 + i),
        { file: src.file, path: [...src.path, 'items', i] },
        front,
        ctx,
        exempt,
      ),
    ),
    narrative: [],
    postNotes: [],
    src,
  };
}

function buildPaperRefs(item: ItemFrontMatter | SubItemFrontMatter, src: SourceRef): PaperRef[] {
  const refs: PaperRef[] = item.papers.map((p, i) => {
    const psrc = { file: src.file, path: [...src.path, 'papers', i] };
    if (typeof p !== 'string' && 'generate' in p) return { type: 'generated', generate: p.generate, src: psrc };
    const { path: raw, title } = typeof p === 'string' ? { path: p, title: undefined } : p;
    const path = posix.normalize(raw.replace(/\\/g, '/'));
    return { type: /\.pdf$/i.test(path) ? 'pdf' : 'markdown', path, title, src: psrc };
  });
  // An item of kind previous-minutes or matters-arising carries its generated paper unless it lists it itself.
  if (
    (item.kind === 'previous-minutes' || item.kind === 'matters-arising') &&
    !refs.some((r) => r.type === 'generated' && r.generate === item.kind)
  ) {
    refs.unshift({ type: 'generated', generate: item.kind, src: { file: src.file, path: [...src.path, 'kind'] } });
  }
  return refs;
}

/** The updates written at this meeting; an entry whose text is still empty (as sbp new-minutes leaves it) is not one yet. */
function buildUpdates(file: string, front: MeetingFrontMatter, ctx: MeetingContext): Meeting['updates'] {
  const updates: Meeting['updates'] = [];
  front.updates.forEach((u, i) => {
    if (u.text.trim() === '') {
      ctx.reporter.report(
        'update-empty',
        { file, path: ['updates', i, 'text'] },
        `no update written yet on ${u.action}`,
        'Write what was reported at the meeting as its text, or remove the entry.',
      );
      return;
    }
    updates.push({
      actionId: u.action,
      meetingId: `${front.body}-${front.date}`,
      date: front.date,
      text: u.text,
      completes: u.completes,
      src: { file, path: ['updates', i, 'action'] },
    });
  });
  return updates;
}
