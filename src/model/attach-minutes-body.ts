import type { RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import type { Reporter } from '../diagnostics/report-at.js';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';
import {
  findResolutionsPlace,
  isCommentOnly,
  isDefinition,
  isResolutionText,
  isResolvedMarker,
} from './classify-minutes-block.js';
import { indexItemTitles, matchItemHeading, stripItemNumber } from './match-item-heading.js';
import type { Item, Meeting } from './model-types.js';
import { walkItems } from './walk-items.js';

/**
 * Share the minutes text (the top-level nodes of the meeting file's tree) out to the items: each heading
 * names an item (by title, optionally after its minute or agenda number), and every block after it is that
 * item's narrative, in written order. The resolutions print at a "RESOLVED" marker paragraph, else before a
 * trailing run of Post Meeting Notes.
 */
export function attachMinutesBody(meeting: Meeting, body: readonly RootContent[], reporter: Reporter): void {
  const items = [...walkItems(meeting.items)];
  const titles = indexItemTitles(items);
  const seen = new Map<Item, number>();
  const marked = new Map<Item, number>();
  let current: Item | undefined;
  // Text under a heading that matched nothing is that heading's: one diagnostic is enough.
  let underUnmatched = false;
  for (const node of body) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading' && node.depth <= 3) {
      const text = textOf(node);
      const match = matchItemHeading(text, titles, seen);
      current = match.item;
      underUnmatched = !current;
      if (!current) {
        reporter.report(
          'heading-unmatched',
          textSrc(meeting, line),
          `the heading "${text}" matches no agenda item${formatDidYouMean(
            stripItemNumber(text),
            items.map((i) => i.title),
          )}`,
          "Make the heading the item's title as written in the front matter (optionally after its minute number), or add the item.",
        );
        continue;
      }
      if (match.wrongNumber)
        reporter.report(
          'heading-number-mismatch',
          textSrc(meeting, line, node.children[0]?.position?.start.column),
          `the heading says minute ${match.wrongNumber} but "${current.title}" is minute ${current.minute}`,
          `Write "${'#'.repeat(node.depth)} ${current.minute} ${current.title}", or leave the number out: sbp numbers the minutes.`,
        );
      if (seen.has(current))
        reporter.report(
          'heading-duplicate',
          textSrc(meeting, line),
          `a heading for "${current.title}" already stands at line ${seen.get(current)}`,
          'Merge the two sections under one heading.',
        );
      else seen.set(current, line);
      continue;
    }
    if (isCommentOnly(node)) continue;
    // Definitions print where they are referenced; one under an exempt item stays with that item only.
    if (isDefinition(node) && !current?.exempt) {
      meeting.definitions.push(node);
      continue;
    }
    if (!current) {
      if (!underUnmatched)
        reporter.report(
          'text-outside-item',
          textSrc(meeting, line),
          'this text stands before the first item heading and belongs to no item, so it is not printed',
          'Put it under the heading of the item it belongs to ("## Title").',
        );
      continue;
    }
    if (isResolvedMarker(node)) {
      if (marked.has(current))
        reporter.report(
          'resolved-marker-duplicate',
          textSrc(meeting, line),
          `"${current.title}" already has a RESOLVED marker at line ${marked.get(current)}; the resolutions print there`,
          'Keep one RESOLVED line per item, where its resolutions are to print.',
        );
      else {
        marked.set(current, line);
        current.resolutionsAt = current.narrative.length;
      }
      continue;
    }
    if (isResolutionText(node))
      reporter.report(
        'resolution-in-body',
        textSrc(meeting, line),
        'this RESOLVED paragraph is not tracked as a resolution and will print as plain text',
        `Move it into the item's resolutions: in the front matter (text:, owners:), where sbp prints it and tracks its actions; a line "RESOLVED" alone marks where they print.`,
      );
    current.narrative.push(node);
  }
  for (const item of items) {
    if (!marked.has(item)) item.resolutionsAt = findResolutionsPlace(item.narrative);
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

/** A locator for a line (and column) of the Markdown body rather than a YAML path. */
function textSrc(meeting: Meeting, line: number, column = 1) {
  return { file: meeting.file, path: ['#line', line, column] };
}
