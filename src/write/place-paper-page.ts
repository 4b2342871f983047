// Room left around a merged page: the footer (page number) and the heading of the paper's first page.
const MARGIN = 36;
const FOOTER = 50;
const HEADING = 80;

/** Where a page of a PDF paper is drawn: the matrix from its box to the pack page, and that map for points. */
export interface Placement {
  matrix: [number, number, number, number, number, number];
  transform(x: number, y: number): [number, number];
}

/**
 * Fit a paper page (its box, turned by its /Rotate as a viewer shows it) into a pack page below the item
 * heading on the first page (a margin on the others), above the footer, centred, never enlarged.
 */
export function placePaperPage(
  box: readonly number[],
  rotate: number,
  target: readonly number[],
  first: boolean,
): Placement {
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  const turn = (((Math.round(rotate / 90) % 4) + 4) % 4) * 90;
  const [shownW, shownH] = turn % 180 === 0 ? [w, h] : [h, w];
  const pageW = target[2] - target[0];
  const pageH = target[3] - target[1];
  const top = first ? HEADING : MARGIN;
  const scale = Math.min((pageW - 2 * MARGIN) / shownW, (pageH - top - FOOTER) / shownH, 1);
  const x = target[0] + (pageW - shownW * scale) / 2;
  const y = target[1] + pageH - top - shownH * scale;
  const s = scale;
  // The page as shown: /Rotate turns it clockwise; then scale and move it into place.
  const matrices: Record<number, Placement['matrix']> = {
    0: [s, 0, 0, s, x - s * x0, y - s * y0],
    90: [0, -s, s, 0, x - s * y0, y + s * (w + x0)],
    180: [-s, 0, 0, -s, x + s * (w + x0), y + s * (h + y0)],
    270: [0, s, -s, 0, x + s * (h + y0), y - s * x0],
  };
  const matrix = matrices[turn];
  const [a, b, c, d, e, f] = matrix;
  return { matrix, transform: (px, py) => [a * px + c * py + e, b * px + d * py + f] };
}
