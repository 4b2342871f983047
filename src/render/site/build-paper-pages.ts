import { formatDayDate, formatLongDate } from '../../model/format-date.js';
import type { Meeting, Paper } from '../../model/model-types.js';
import { walkItems } from '../../model/walk-items.js';
import { buildPageFrame } from './build-page-frame.js';
import { anchorItem } from './build-site-agenda.js';
import { isAgendaPublished, nameMeetingBody } from './describe-site-meeting.js';
import { type ImageSet, renderSiteMarkdown } from './render-site-markdown.js';
import { linkTo, sitePaths } from './site-paths.js';
import type { SiteInput, SitePage } from './site-types.js';

/** A page per public Markdown paper of a published agenda, rendered from the same tree as the pack's paper. */
export function buildPaperPages(input: SiteInput, images: ImageSet): SitePage[] {
  const usedBy = new Map<string, { meeting: Meeting; item: string }[]>();
  for (const meeting of input.repository.meetings) {
    if (!isAgendaPublished(meeting)) continue;
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers)
        if (ref.type === 'markdown')
          usedBy.set(ref.path, [...(usedBy.get(ref.path) ?? []), { meeting, item: item.number }]);
  }
  const pages: SitePage[] = [];
  for (const [path, uses] of usedBy) {
    const paper = input.repository.papers.get(path);
    if (paper) pages.push(buildPaperPage(input, paper, uses, images));
  }
  return pages;
}

function buildPaperPage(
  input: SiteInput,
  paper: Paper,
  uses: { meeting: Meeting; item: string }[],
  images: ImageSet,
): SitePage {
  const { repository } = input;
  const page = sitePaths.paper(paper.path);
  const front = paper.frontMatter;
  const first = uses[0].meeting;
  const facts = [
    ['Report number', front.reportNumber],
    ['Author', front.author],
    ['Decision maker', front.decisionMaker],
    ['Decision type', front.decisionType],
    ['Contact officer', front.contactOfficer],
    ['Chief officer', front.chiefOfficer],
    ['Ward', front.ward],
    ['Date filed', front.filed && formatLongDate(front.filed)],
    ['Date of last meeting', front.lastMeeting && formatLongDate(front.lastMeeting)],
  ]
    .filter(([, value]) => value)
    .map(([term, value]) => ({ term, value }));
  return {
    path: page,
    template: 'paper',
    searchable: true,
    view: {
      frame: buildPageFrame(repository, page, front.title, {
        section: 'meetings',
        breadcrumbs: [
          { path: sitePaths.home, text: 'Home' },
          { path: sitePaths.body(first.bodyId), text: nameMeetingBody(repository, first) },
          { path: sitePaths.meeting(first.id), text: formatDayDate(first.date) },
        ],
        searchable: true,
      }),
      facts,
      uses: uses.map(({ meeting, item }) => ({
        href: linkTo(page, sitePaths.meeting(meeting.id), anchorItem(item)),
        text: `Agenda item ${item}, ${nameMeetingBody(repository, meeting)}, ${formatDayDate(meeting.date)}`,
      })),
      bodyHtml: renderSiteMarkdown(paper.body.children, {
        root: repository.root,
        file: paper.path,
        page,
        parentLevel: 1,
        images,
      }),
    },
  };
}
