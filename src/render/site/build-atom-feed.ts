import { Feed } from 'feed';
import type { Body } from '../../model/model-types.js';
import type { PublishedDocument } from './list-published-documents.js';
import { absoluteUrl, sitePaths } from './site-paths.js';
import type { SiteInput } from './site-types.js';

/** The Atom feed of a body: its newly published agendas, papers and minutes, newest first. */
export function buildAtomFeed(input: SiteInput, body: Body, documents: readonly PublishedDocument[]): string {
  const { repository, baseUrl } = input;
  const bodyMeetings = new Set(repository.meetings.filter((m) => m.bodyId === body.id).map((m) => m.id));
  const entries = documents.filter((d) => bodyMeetings.has(d.meetingId));
  const link = (d: PublishedDocument) => `${absoluteUrl(baseUrl, d.path)}${d.fragment ? `#${d.fragment}` : ''}`;
  // The feed's time is its newest entry's, not the build's: the same repository gives the same bytes.
  const updated = new Date(`${entries[0]?.date ?? '1970-01-01'}T00:00:00Z`);
  const feed = new Feed({
    id: absoluteUrl(baseUrl, sitePaths.bodyAtom(body.id)),
    title: `${body.name}: agendas, papers and minutes`,
    description: body.purpose,
    link: absoluteUrl(baseUrl, sitePaths.body(body.id)),
    language: 'en-GB',
    updated,
    generator: input.generator,
    feedLinks: { atom: absoluteUrl(baseUrl, sitePaths.bodyAtom(body.id)) },
    author: { name: repository.config.council },
    copyright: `${repository.config.council}`,
  });
  for (const d of entries) {
    feed.addItem({
      // Unique per entry: a paper considered at two meetings is two entries.
      id: d.fragment ? link(d) : `${link(d)}#${d.meetingId}`,
      title: d.title,
      link: link(d),
      date: new Date(`${d.date}T00:00:00Z`),
      description: `${d.title}, published ${d.date}.`,
    });
  }
  return feed.atom1();
}
