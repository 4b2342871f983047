import type { Nodes, RootContent } from 'mdast';

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
  if (node.type !== 'paragraph') return false;
  const start = readTextStart(node, 40);
  return start.length < 40 && /^RESOLVED:?$/.test(start.trim());
}

/** Whether a block is a resolution written as text ("RESOLVED that ..."), which sbp does not track. */
export function isResolutionText(node: RootContent): boolean {
  return node.type === 'paragraph' && /^RESOLVED\b/.test(readTextStart(node, 40).trimStart());
}

/** Whether a block is a post-meeting note: a paragraph starting "Post Meeting Note". */
export function isPostMeetingNote(node: RootContent): boolean {
  return node.type === 'paragraph' && /^\W{0,2}post[- ]meeting note/i.test(readTextStart(node, 40).trimStart());
}

/** The first `length` characters of a node's text (at least; a long paragraph is not read to its end). */
function readTextStart(node: Nodes, length: number): string {
  let text = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0 && text.length < length) {
    const next = stack.pop()!;
    if ('value' in next && next.type !== 'html') text += next.value;
    else if ('children' in next)
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes);
  }
  return text;
}

/** Where an item's resolutions print without a marker: before the trailing run of Post Meeting Notes. */
export function findResolutionsPlace(narrative: readonly RootContent[]): number {
  let at = narrative.length;
  while (at > 0 && (isPostMeetingNote(narrative[at - 1]) || isDefinition(narrative[at - 1]))) at--;
  // Definitions at the very end print nothing: they need not move the resolutions.
  while (at < narrative.length && isDefinition(narrative[at])) at++;
  return at;
}
