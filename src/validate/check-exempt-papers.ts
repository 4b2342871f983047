import type { Reporter } from '../diagnostics/report-at.js';
import type { Repository } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';

/** Warn where a Part 2 paper sits in an item not marked exempt: it will be withheld, but the agenda should say why. */
export function checkExemptPapers(repository: Repository, reporter: Reporter): void {
  for (const meeting of repository.meetings) {
    for (const item of walkItems(meeting.items)) {
      if (item.exempt) continue;
      for (const ref of item.papers) {
        if (ref.type !== 'markdown') continue;
        const paper = repository.papers.get(ref.path.replace(/^\.\//, ''));
        if (paper?.frontMatter.part === 2) {
          reporter.report(
            'exempt-paper-public-item',
            ref.src,
            `${ref.path} is Part 2 (exempt) but item ${item.number} "${item.title}" is not marked exempt`,
            `Add exempt: { paragraph: ${paper.frontMatter.exemptParagraph ?? 3} } to the item; the paper is withheld from the public pack either way.`,
          );
        }
      }
    }
  }
}
