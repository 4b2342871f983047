/** A top-level block of Markdown as the fast scanner sees it: a heading, or the first line of any other block. */
export interface OutlineBlock {
  kind: 'heading' | 'block';
  /** Heading depth (1-6); 0 for other blocks. */
  depth: number;
  /** The heading's text, or the block's first line. */
  text: string;
  /** 1-based line in the whole file. */
  line: number;
  /** Whether the block is an HTML comment (clerks' notes, not minutes). */
  comment: boolean;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;

/**
 * The outline of a Markdown body: headings and the start of every other top-level block, found by a
 * line scan that follows CommonMark's rules for ATX and setext headings and code fences. `sbp check`
 * needs only this, and it is two orders of magnitude faster than a full parse of long minutes.
 */
export function scanMarkdownOutline(text: string, firstLine = 1): OutlineBlock[] {
  const lines = text.split('\n');
  const blocks: OutlineBlock[] = [];
  let fence: string | undefined;
  let inParagraph = false;
  let plainParagraph = false;
  let inComment = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const at = firstLine + i;
    if (fence) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
      return;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      return;
    }
    if (line.trim() === '') {
      inParagraph = false;
      return;
    }
    const heading = ATX.exec(line);
    if (heading) {
      blocks.push({
        kind: 'heading',
        depth: heading[1].length,
        text: (heading[2] ?? '').trim(),
        line: at,
        comment: false,
      });
      inParagraph = false;
      return;
    }
    const setext = SETEXT.exec(line);
    if (setext && inParagraph && plainParagraph) {
      // The paragraph just read was a heading's text all along.
      const last = blocks[blocks.length - 1];
      Object.assign(last, { kind: 'heading', depth: setext[1][0] === '=' ? 1 : 2 });
      inParagraph = false;
      return;
    }
    const opensFence = FENCE.exec(line);
    if (opensFence) {
      fence = opensFence[1][0].repeat(opensFence[1].length);
      blocks.push({ kind: 'block', depth: 0, text: line.trim(), line: at, comment: false });
      inParagraph = false;
      return;
    }
    if (inParagraph) return;
    const comment = /^ {0,3}<!--/.test(line);
    if (comment && !line.includes('-->')) inComment = true;
    blocks.push({ kind: 'block', depth: 0, text: line.trim(), line: at, comment });
    // Lists, quotes and tables continue until a blank line, like paragraphs, for an outline's purpose.
    inParagraph = !comment;
    // Only a plain paragraph can become a setext heading; under a list or quote "---" is a rule.
    plainParagraph = !/^ {0,3}([-+*]|\d+[.)])(\s|$)|^ {0,3}[>|]/.test(line);
  });
  return blocks;
}
