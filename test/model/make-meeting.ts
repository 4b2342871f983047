import { formatActionId } from '../../src/model/format-action-id.js';
import type { Action, ActionUpdate, Item, Meeting, Repository, Resolution } from '../../src/model/model-types.js';

/** A resolution as tests write it: text plus optional owners and flags. */
export interface ResolutionSpec {
  text: string;
  owners?: string[];
  due?: string;
  standing?: boolean;
  done?: boolean;
  supersedes?: string;
  id?: string;
}

/** An item as tests write it: minute, title, resolutions and lettered sub-items. */
export interface ItemSpec {
  minute: string;
  title: string;
  resolutions?: ResolutionSpec[];
  items?: ItemSpec[];
}

/** A Meeting model built by hand, with action ids named as the model builder names them. */
export function makeMeeting(
  bodyId: string,
  date: string,
  items: ItemSpec[],
  updates: { action: string; text: string; completes?: boolean }[] = [],
): Meeting {
  const id = `${bodyId}-${date}`;
  const file = `${bodyId}/${date}.md`;
  const toItem = (spec: ItemSpec, path: (string | number)[]): Item => ({
    number: spec.minute,
    minute: spec.minute,
    title: spec.title,
    papers: [],
    resolutions: (spec.resolutions ?? []).map((r, i, all): Resolution => {
      const owners = (r.owners ?? []).map((label) => ({ label }));
      return {
        index: i + 1,
        text: r.text,
        owners,
        due: r.due,
        standing: r.standing ?? false,
        done: r.done ?? false,
        supersedes: r.supersedes,
        actionId: owners.length ? (r.id ?? formatActionId(bodyId, date, spec.minute, i + 1, all.length)) : undefined,
        src: { file, path: [...path, 'resolutions', i] },
      };
    }),
    items: (spec.items ?? []).map((sub, i) => toItem(sub, [...path, 'items', i])),
    narrative: [],
    postNotes: [],
    src: { file, path },
  });
  return {
    id,
    file,
    bodyId,
    date,
    time: '10:00',
    status: 'minutes-approved',
    dispatched: date,
    municipalYear: Number(date.slice(0, 4)),
    items: items.map((spec, i) => toItem(spec, ['items', i])),
    present: [],
    alsoPresent: [],
    apologies: [],
    declarations: [],
    chairs: [],
    updates: updates.map(
      (u, i): ActionUpdate => ({
        actionId: u.action,
        meetingId: id,
        date,
        text: u.text,
        completes: u.completes ?? false,
        src: { file, path: ['updates', i, 'action'] },
      }),
    ),
    hasMinutes: true,
  };
}

/** The parts of a Repository that action reports read. */
export function makeRepository(
  meetings: Meeting[],
  actions: Map<string, Action>,
): Pick<Repository, 'meetings' | 'actions'> {
  return { meetings, actions };
}
