const VOID = new Set('area base br col embed hr img input link meta param source track wbr keygen'.split(' '));
// Elements that their next sibling closes: repeating them never nests.
const SELF_ENDING = new Set('p li dt dd tr td th option optgroup rp rt thead tbody tfoot colgroup caption'.split(' '));
const TAG = /<!--|-->|<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)[^<>]*>?/g;

/** The first tag opened too deep (line, column, offset), how many were, and their [start, end) offsets. */
export interface HtmlDepthBreach {
  first: { line: number; column: number; offset: number };
  count: number;
  blank: [number, number][];
}

/**
 * Follow the nesting of raw HTML line by line, as the HTML parser would build it (a closing tag closes up to
 * the nearest open element of its name; comments hold no tags). Tags opened beyond `maxDepth` are left out.
 */
export function createHtmlDepthCounter(maxDepth: number) {
  const open: string[] = [];
  let inComment = false;
  let breach: HtmlDepthBreach | undefined;
  return {
    /** Read the tags of the line [from, end), which starts at `lineStart` and is line `line` of the file. */
    scan(text: string, from: number, end: number, line: number, lineStart: number): void {
      const slice = text.slice(from, end);
      if (!inComment && !slice.includes('<')) return;
      TAG.lastIndex = 0;
      for (let match = TAG.exec(slice); match; match = TAG.exec(slice)) {
        if (match[0] === '<!--') inComment = true;
        else if (match[0] === '-->') inComment = false;
        else if (!inComment && match[2]) {
          const name = match[2].toLowerCase();
          if (match[1]) {
            const at = open.lastIndexOf(name);
            if (at !== -1) open.length = at;
          } else if (!VOID.has(name) && !SELF_ENDING.has(name)) {
            if (open.length < maxDepth) open.push(name);
            else {
              const offset = from + match.index;
              const point = { line, column: offset - lineStart + 1, offset };
              breach ??= { first: point, count: 0, blank: [] };
              breach.count++;
              breach.blank.push([offset, offset + match[0].length]);
            }
          }
        }
      }
    },
    /** The one breach of the file (its first tag too many, and every tag left out), if any. */
    finish(): HtmlDepthBreach | undefined {
      return breach;
    },
  };
}
