import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import type { BodyBlock } from '../parse/parse-markdown-file.js';
import type { Item, Meeting } from './model-types.js';
import { walkItems } from './walk-items.js';

/**
 * Share the minutes text out to the items: each heading names an item (by title, optionally after
 * its minute or agenda number), and what follows it is that item's narrative.
 */
export function attachMinutesBody(meeting: Meeting, blocks: readonly BodyBlock[], reporter: Reporter): void {
  const items = [...walkItems(meeting.items)];
  const seen = new Map<Item, number>();
  let current: Item | undefined;
  // Text under a heading that matched nothing is that heading's: one diagnostic is enough.
  let underUnmatched = false;
  for (const block of blocks) {
    const { line, text } = block;
    if (block.kind === 'heading' && block.depth <= 3) {
      current = matchHeading(text, items);
      underUnmatched = !current;
      if (!current) {
        reporter.report(
          'heading-unmatched',
          textSrc(meeting, line),
          `the heading "${text}" matches no agenda item${formatDidYouMean(
            stripNumber(text),
            items.map((i) => i.title),
          )}`,
          "Make the heading the item's title as written in the front matter (optionally after its minute number), or add the item.",
        );
      } else if (seen.has(current)) {
        reporter.report(
          'heading-duplicate',
          textSrc(meeting, line),
          `a heading for "${current.title}" already stands at line ${seen.get(current)}`,
          'Merge the two sections under one heading.',
        );
      } else seen.set(current, line);
      continue;
    }
    if (block.comment) continue;
    if (!current) {
      if (underUnmatched) continue;
      reporter.report(
        'text-outside-item',
        textSrc(meeting, line),
        'this text stands before the first item heading and belongs to no item, so it is not printed',
        'Put it under the heading of the item it belongs to ("## Title").',
      );
      continue;
    }
    if (/^\*{0,2}RESOLVED\b/.test(text)) {
      reporter.report(
        'resolution-in-body',
        textSrc(meeting, line),
        'this RESOLVED paragraph is not tracked as a resolution and will print as plain text',
        `Move it into the item's resolutions: in the front matter (text:, owners:), where sbp prints it and tracks its actions.`,
      );
    }
    // Everything from the first "Post Meeting Note:" on prints after the resolutions.
    const target = isPostMeetingNote(text) || current.postNotes.length ? current.postNotes : current.narrative;
    // In outline mode (sbp check) there are no nodes to keep: only the structure is checked.
    if (block.node) target.push(block.node);
  }
  for (const item of items) {
    if (item.resolutions.length && !seen.has(item) && meeting.hasMinutes) {
      reporter.report(
        'heading-missing',
        { file: meeting.file, path: [...item.src.path, 'title'] },
        `item ${item.minute} "${item.title}" has resolutions but no heading in the minutes`,
        `Add "## ${item.title}" to the minutes text, with the narrative under it.`,
      );
    }
  }
}

/** A locator for a line of the Markdown body rather than a YAML path. */
function textSrc(meeting: Meeting, line: number) {
  return { file: meeting.file, path: ['#line', line] };
}

function matchHeading(text: string, items: Item[]): Item | undefined {
  const number = /^\s*(?:minute\s+)?(\d+[a-z]?)[.):]?\s+/i.exec(text)?.[1]?.toLowerCase();
  const title = normalise(stripNumber(text));
  const byTitle = items.filter((i) => normalise(i.title) === title);
  if (byTitle.length === 1 && (!number || number === byTitle[0].minute || number === byTitle[0].number))
    return byTitle[0];
  if (number) return byTitle.find((i) => i.minute === number || i.number === number) ?? undefined;
  return byTitle[0];
}

function stripNumber(text: string): string {
  return text.replace(/^\s*(?:minute\s+)?\d+[a-z]?[.):]?\s+/i, '');
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function isPostMeetingNote(text: string): boolean {
  return /^\W{0,2}post[- ]meeting note/i.test(text);
}
