import { formatClock } from '../../model/format-date.js';
import type { Item, Meeting, Repository } from '../../model/model-types.js';
import { describeExemption } from '../describe-exemption.js';
import { linkOwners, type PersonLinkView } from './build-attendee-links.js';
import { type ImageSet, renderSiteMarkdown } from './render-site-markdown.js';

/** One minute on a meeting page. */
export interface SiteMinuteView {
  minute: string;
  anchor: string;
  title: string;
  /** Heading level: 3 for an item, 4 for a sub-item. */
  level: number;
  exempt?: string;
  apologies: string[];
  narrativeHtml: string;
  /** "RESOLVED that" leads a single resolution; several are numbered. */
  single: boolean;
  resolutions: { label?: string; text: string; owners: PersonLinkView[] }[];
  postNotesHtml: string;
  items: SiteMinuteView[];
}

/** The minutes of a meeting as the site prints them. */
export interface SiteMinutesView {
  draft: boolean;
  items: SiteMinuteView[];
  ended?: string;
}

/** Anchor of a minute on its meeting page. */
export function anchorMinute(minute: string): string {
  return `minute-${minute}`;
}

/** The minutes of a meeting of the public view, with minute numbers, RESOLVED and owners linked. */
export function buildSiteMinutes(
  repository: Repository,
  meeting: Meeting,
  page: string,
  images: ImageSet,
): SiteMinutesView {
  const toMinute = (item: Item, level: number): SiteMinuteView => {
    const base = { minute: item.minute, anchor: anchorMinute(item.minute), title: item.title, level };
    if (item.exempt) {
      // The public view keeps only the title and paragraph of an exempt item; so does the page.
      return {
        ...base,
        exempt: describeExemption(item.exempt.paragraph),
        apologies: [],
        narrativeHtml: '',
        single: false,
        resolutions: [],
        postNotesHtml: '',
        items: item.items.map((sub) => toMinute(sub, level + 1)),
      };
    }
    const markdown = { root: repository.root, file: meeting.file, page, parentLevel: level, images };
    const resolutions = item.resolutions.map((r, i) => ({
      label: item.resolutions.length > 1 ? `(${i + 1})` : undefined,
      text: r.text,
      owners: linkOwners(repository, page, r.owners),
    }));
    return {
      ...base,
      apologies: item.kind === 'apologies' && item.narrative.length === 0 ? describeApologies(meeting) : [],
      narrativeHtml: renderSiteMarkdown(item.narrative, markdown),
      single: resolutions.length === 1,
      resolutions,
      postNotesHtml: renderSiteMarkdown(item.postNotes, markdown),
      items: item.items.map((sub) => toMinute(sub, level + 1)),
    };
  };
  return {
    draft: meeting.status !== 'minutes-approved',
    items: meeting.items.map((item) => toMinute(item, 3)),
    ended: meeting.ended ? formatClock(meeting.ended) : undefined,
  };
}

function describeApologies(meeting: Meeting): string[] {
  return meeting.apologies.map((a) =>
    a.substitute
      ? `Apologies were received from ${a.person.name}, and ${a.substitute.name} attended as substitute.`
      : `Apologies were received from ${a.person.name}.`,
  );
}
