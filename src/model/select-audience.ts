import { formatActionId } from './format-action-id.js';
import type { Action, Item, Meeting, Paper, PaperRef, Repository } from './model-types.js';

/** Who an output is for: the public record, or the members (who may see confidential, Part 2, business). */
export type Audience = 'public' | 'members';

/** The Schedule 12A paragraph that keeps a Markdown paper out of the public record, if it is Part 2. */
export function findPaperExemption(paper: Paper | undefined): number | undefined {
  // Part 2 without a paragraph: 3 (financial or business affairs) is by far the commonest ground.
  return paper?.frontMatter.part === 2 ? (paper.frontMatter.exemptParagraph ?? 3) : undefined;
}

/**
 * The one rule for what is public. Members see the repository as it is. The public sees a copy in
 * which every exempt item (or sub-item of one) keeps only its number, minute, title, kind and
 * exemption paragraph; every confidential paper (of an exempt item, or Part 2 itself) is a withheld
 * placeholder; actions resolved under exempt items keep only their minute, item title, status and
 * paragraph; and updates on those actions, wherever written, are gone. Every public output is
 * rendered from this copy, so no renderer can print what it never receives.
 */
export function selectAudience(repository: Repository, audience: Audience): Repository {
  if (audience === 'members') return repository;
  const papers = new Map<string, Paper>();
  const publicId = assignPublicIds(repository.actions);
  const meetings = repository.meetings.map((meeting) => redactMeeting(meeting, repository, papers, publicId));
  const exemptIds = new Set([...repository.actions.values()].filter((a) => a.exempt).map((a) => a.id));
  const actions = new Map<string, Action>();
  for (const action of repository.actions.values()) {
    const copy = action.exempt ? redactAction(action, publicId) : { ...action, updates: [...action.updates] };
    if (copy.supersededBy) copy.supersededBy = publicId.get(copy.supersededBy) ?? copy.supersededBy;
    actions.set(copy.id, copy);
  }
  for (const meeting of meetings) meeting.updates = meeting.updates.filter((u) => !exemptIds.has(u.actionId));
  return { ...repository, meetings, actions, papers };
}

/** Whether a paper reference of an item may be printed in a public output. */
export function isPaperPublic(item: Item, ref: PaperRef, repository: Pick<Repository, 'papers'>): boolean {
  if (item.exempt || ref.type === 'withheld') return false;
  return ref.type !== 'markdown' || findPaperExemption(repository.papers.get(ref.path)) === undefined;
}

function redactMeeting(
  meeting: Meeting,
  repository: Repository,
  papers: Map<string, Paper>,
  publicId: ReadonlyMap<string, string>,
): Meeting {
  const redactItem = (item: Item): Item => {
    const refs = item.papers.map((ref): PaperRef => {
      if (isPaperPublic(item, ref, repository)) {
        const paper = ref.type === 'markdown' ? repository.papers.get(ref.path) : undefined;
        if (paper) papers.set(paper.path, paper);
        return ref;
      }
      const paragraph =
        item.exempt?.paragraph ??
        (ref.type === 'markdown' ? findPaperExemption(repository.papers.get(ref.path)) : undefined) ??
        3;
      return { type: 'withheld', paragraph, src: ref.src };
    });
    if (!item.exempt) {
      // A public resolution may supersede an exempt action, whose explicit id could carry confidential words.
      const resolutions = item.resolutions.map((r) =>
        r.supersedes ? { ...r, supersedes: publicId.get(r.supersedes) ?? r.supersedes } : r,
      );
      return { ...item, papers: refs, resolutions, items: item.items.map(redactItem) };
    }
    return {
      number: item.number,
      minute: item.minute,
      title: item.title,
      kind: item.kind,
      papers: refs,
      exempt: { paragraph: item.exempt.paragraph },
      withheld: true,
      resolutions: [],
      items: item.items.map(redactItem),
      narrative: [],
      postNotes: [],
      src: item.src,
    };
  };
  return { ...meeting, items: meeting.items.map(redactItem), updates: [...meeting.updates] };
}

function redactAction(action: Action, publicId: ReadonlyMap<string, string>): Action {
  return {
    id: publicId.get(action.id) ?? action.id,
    bodyId: action.bodyId,
    meetingId: action.meetingId,
    date: action.date,
    minute: action.minute,
    itemTitle: action.itemTitle,
    index: action.index,
    text: '',
    owners: [],
    standing: false,
    exempt: action.exempt,
    withheld: true,
    updates: [],
    status: action.status,
    closedOn: action.closedOn,
    src: action.src,
  };
}

/**
 * An explicit id could itself carry confidential words: an exempt action's public id is derived from
 * its minute alone, e.g. board-2019-03-14-m75-exempt (with -2, -3 when the minute resolved several).
 */
function assignPublicIds(actions: ReadonlyMap<string, Action>): Map<string, string> {
  const ids = new Map<string, string>();
  const perMinute = new Map<string, number>();
  for (const action of actions.values()) {
    if (!action.exempt) {
      ids.set(action.id, action.id);
      continue;
    }
    const base = `${formatActionId(action.bodyId, action.date, action.minute, 1, 1)}-exempt`;
    const n = (perMinute.get(base) ?? 0) + 1;
    perMinute.set(base, n);
    ids.set(action.id, n === 1 ? base : `${base}-${n}`);
  }
  return ids;
}
