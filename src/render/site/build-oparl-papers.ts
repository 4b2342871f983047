import { walkItems } from '../../model/walk-items.js';
import { describePaperFile, type OParlObject, oparlType, slugPaper } from './build-oparl-meetings.js';
import { findPublicationDate, isAgendaPublished } from './describe-site-meeting.js';
import type { SiteInput } from './site-types.js';

/** An OParl Paper for every public paper of a published agenda (once, however many meetings name it), by object name. */
export function describeOParlPapers(
  input: SiteInput,
  url: (name: string) => string,
  body: string,
): Map<string, OParlObject> {
  const { repository } = input;
  const papers = new Map<string, OParlObject>();
  for (const meeting of repository.meetings) {
    if (!isAgendaPublished(meeting)) continue;
    for (const item of walkItems(meeting.items))
      for (const ref of item.papers) {
        const mainFile = describePaperFile(input, ref);
        if (!mainFile || !('path' in ref) || papers.has(`paper/${slugPaper(ref.path)}`)) continue;
        const md = ref.type === 'markdown' ? repository.papers.get(ref.path) : undefined;
        const paper: OParlObject = {
          id: url(`paper/${slugPaper(ref.path)}`),
          type: oparlType('Paper'),
          body,
          name: mainFile.name,
          date: findPublicationDate(repository, meeting),
          paperType: 'Report',
          mainFile,
          web: mainFile.accessUrl,
        };
        if (md?.frontMatter.reportNumber) paper.reference = md.frontMatter.reportNumber;
        papers.set(`paper/${slugPaper(ref.path)}`, paper);
      }
  }
  return papers;
}
