import { decidePreviousMeeting } from '../model/decide-previous-meeting.js';
import type { Meeting, Repository } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';

/** One output document of a meeting. */
export interface DocumentPlan {
  meeting: Meeting;
  kind: 'agenda' | 'minutes';
  members: boolean;
  /** File name in the output folder, e.g. board-2019-06-20-agenda.pdf. */
  fileName: string;
}

/** The documents a meeting gives: the public pack, the minutes once written, and with `full` the members' copies. */
export function planDocuments(meeting: Meeting, full: boolean): DocumentPlan[] {
  const exempt = [...walkItems(meeting.items)].some((item) => item.exempt);
  const plans: DocumentPlan[] = [{ meeting, kind: 'agenda', members: false, fileName: `${meeting.id}-agenda.pdf` }];
  if (full) plans.push({ meeting, kind: 'agenda', members: true, fileName: `${meeting.id}-agenda-members.pdf` });
  if (meeting.hasMinutes) {
    plans.push({ meeting, kind: 'minutes', members: false, fileName: `${meeting.id}-minutes.pdf` });
    if (full && exempt)
      plans.push({ meeting, kind: 'minutes', members: true, fileName: `${meeting.id}-minutes-members.pdf` });
  }
  return plans;
}

/**
 * Repository paths whose content a document depends on (besides templates): config, roster, this and
 * earlier meetings of the body, papers, and the images the Markdown of those names (`imagesOf`).
 */
export function listDocumentSources(
  repository: Repository,
  plan: DocumentPlan,
  imagesOf: (file: string) => string[] = () => [],
): string[] {
  const { meeting } = plan;
  const files = ['sbp.yaml', 'roster.yaml'];
  // Earlier meetings feed Matters Arising and the previous minutes.
  for (const m of repository.meetings) if (m.bodyId === meeting.bodyId && m.date <= meeting.date) files.push(m.file);
  const previous = plan.kind === 'agenda' ? decidePreviousMeeting(repository.meetings, meeting) : undefined;
  if (previous?.minutes.type === 'pdf') files.push(previous.minutes.path);
  const meetingsUsed = [meeting, previous?.meeting];
  for (const m of meetingsUsed) {
    if (!m) continue;
    files.push(...imagesOf(m.file));
    for (const item of walkItems(m.items)) {
      for (const paper of item.papers) if ('path' in paper) files.push(paper.path, ...imagesOf(paper.path));
    }
  }
  return files;
}
