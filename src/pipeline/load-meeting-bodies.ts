import { createReporter } from '../diagnostics/report-at.js';
import { attachMinutesBody } from '../model/attach-minutes-body.js';
import type { Meeting, Repository } from '../model/model-types.js';
import { walkItems } from '../model/walk-items.js';
import { parseMarkdownFile } from '../parse/parse-markdown-file.js';
import type { CheckResult } from './check-repository.js';

/**
 * Give meetings checked in outline mode their full minutes text and their Markdown papers' bodies,
 * parsed with remark: only what is about to be rendered pays for the full parse.
 */
export async function loadMeetingBodies(result: CheckResult, meetings: readonly Meeting[]): Promise<void> {
  const repository = result.repository as Repository;
  const { splitMarkdownTree } = await import('../parse/parse-markdown-tree.js');
  // The checks already ran on these files: diagnostics found again here are dropped, not reported twice.
  const quiet = createReporter(() => ({ line: 0, column: 0, endLine: 0, endColumn: 0 }));
  for (const meeting of meetings) {
    if (loaded.has(meeting)) continue;
    loaded.add(meeting);
    const source = result.sources.get(meeting.file);
    if (source) {
      for (const item of walkItems(meeting.items)) {
        item.narrative = [];
        item.postNotes = [];
      }
      attachMinutesBody(meeting, parseMarkdownFile(source, splitMarkdownTree).blocks, quiet);
    }
    for (const item of walkItems(meeting.items)) {
      for (const ref of item.papers) {
        const paper = ref.type === 'markdown' ? repository.papers.get(ref.path) : undefined;
        const paperSource = paper && paper.body.children.length === 0 ? result.sources.get(paper.path) : undefined;
        if (paper && paperSource) paper.body = parseMarkdownFile(paperSource, splitMarkdownTree).body;
      }
    }
  }
}

const loaded = new WeakSet<Meeting>();
