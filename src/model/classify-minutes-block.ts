import type { RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';

/** Whether a block is only HTML comments (a clerk's note, never printed and never minutes). */
export function isCommentOnly(node: RootContent): boolean {
  return node.type === 'html' && node.value.replace(/<!--[\s\S]*?(-->|$)/g, '').trim() === '';
}

/** Whether a block is a link or footnote definition: it prints where it is referenced, not where it stands. */
export function isDefinition(node: RootContent): boolean {
  return node.type === 'definition' || node.type === 'footnoteDefinition';
}

/** Whether a block is the RESOLVED marker: a paragraph whose whole text is "RESOLVED" or "RESOLVED:". */
export function isResolvedMarker(node: RootContent): boolean {
  return node.type === 'paragraph' && /^RESOLVED:?$/.test(textOf(node).trim());
}

/** Whether a block is a resolution written as text ("RESOLVED that ..."), which sbp does not track. */
export function isResolutionText(node: RootContent): boolean {
  return node.type === 'paragraph' && /^RESOLVED\b/.test(textOf(node).trimStart());
}

/** Whether a block is a post-meeting note: a paragraph starting "Post Meeting Note". */
export function isPostMeetingNote(node: RootContent): boolean {
  return node.type === 'paragraph' && /^\W{0,2}post[- ]meeting note/i.test(textOf(node).trimStart());
}

/** Where an item's resolutions print without a marker: before the trailing run of Post Meeting Notes. */
export function findResolutionsPlace(narrative: readonly RootContent[]): number {
  let at = narrative.length;
  while (at > 0 && (isPostMeetingNote(narrative[at - 1]) || isDefinition(narrative[at - 1]))) at--;
  // Definitions at the very end print nothing: they need not move the resolutions.
  while (at < narrative.length && isDefinition(narrative[at])) at++;
  return at;
}
