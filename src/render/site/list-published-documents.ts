import { walkItems } from '../../model/walk-items.js';
import {
  areMinutesPublished,
  findMinutesDate,
  findPublicationDate,
  isAgendaPublished,
  titleMeeting,
} from './describe-site-meeting.js';
import { sitePaths } from './site-paths.js';
import type { SiteInput } from './site-types.js';

/** A document the public can read, with the date it was published. */
export interface PublishedDocument {
  meetingId: string;
  kind: 'agenda' | 'minutes' | 'paper';
  date: string;
  title: string;
  path: string;
  fragment?: string;
}

/** Every published agenda, set of minutes and Markdown paper, newest first (the home page, the Atom feeds). */
export function listPublishedDocuments(input: SiteInput): PublishedDocument[] {
  const { repository } = input;
  const documents: PublishedDocument[] = [];
  for (const meeting of repository.meetings) {
    if (meeting.cancelled || !isAgendaPublished(meeting)) continue;
    const title = titleMeeting(repository, meeting);
    const published = findPublicationDate(repository, meeting);
    documents.push({
      meetingId: meeting.id,
      kind: 'agenda',
      date: published,
      title: `Agenda: ${title}`,
      path: sitePaths.meeting(meeting.id),
      fragment: 'agenda',
    });
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers) {
        const paper = ref.type === 'markdown' ? repository.papers.get(ref.path) : undefined;
        if (paper)
          documents.push({
            meetingId: meeting.id,
            kind: 'paper',
            date: published,
            title: (ref.type === 'markdown' && ref.title) || paper.frontMatter.title,
            path: sitePaths.paper(paper.path),
          });
      }
    if (areMinutesPublished(meeting))
      documents.push({
        meetingId: meeting.id,
        kind: 'minutes',
        date: findMinutesDate(repository, meeting),
        title: `${meeting.status === 'minutes-approved' ? 'Minutes' : 'Draft minutes'}: ${title}`,
        path: sitePaths.meeting(meeting.id),
        fragment: 'minutes',
      });
  }
  // Newest first; a stable order for documents of one day.
  return documents.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
