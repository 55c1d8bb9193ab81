/**
 * How many lines pass through a box: the lines are filed in a {@link Grid} under the cells they
 * pass through, so a box is tested against the lines near it only.
 *
 * @module
 */
import type { Box } from './box-grid.js';
import type { Grid } from './box-grid.js';
import { boxGrid, overlap } from './box-grid.js';

/** True when the segment from (x0, y0) to (x1, y1) passes through the box (Liang–Barsky). */
export function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  // Clips the segment to each side of the box in turn; false when nothing of it is left.
  const clip = (p: number, q: number) =>
    p ? (p < 0 ? (t0 = Math.max(t0, q / p)) : (t1 = Math.min(t1, q / p)), t0 <= t1) : q >= 0;
  return (
    clip(x0 - x1, x0 - b.x) &&
    clip(x1 - x0, b.x + b.width - x0) &&
    clip(y0 - y1, y0 - b.y) &&
    clip(y1 - y0, b.y + b.height - y0)
  );
}

export type Points = readonly { x: number; y: number }[];

/** True when one of the line's segments passes through the box. */
export function crosses(b: Box, line: Points): boolean {
  for (let k = 1; k < line.length; k++) {
    const p = line[k - 1]!;
    const q = line[k]!;
    if (segmentHitsBox(p.x, p.y, q.x, q.y, b)) return true;
  }
  return false;
}

/** A line with its bounding box. */
export interface Line extends Box {
  points: Points;
}

/** The bounding box of a line (a hundredth of a pixel wider and taller, so a flat one has an area). */
export function boundsOf(points: Points): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x + 0.01, height: Math.max(...ys) - y + 0.01 };
}

/** The lines in a grid of cells of `size` px, each under the cells it passes through. */
export function lineGrid(lines: readonly Points[], size: number): Grid<Line> {
  const grid = boxGrid<Line>(size);
  for (const points of lines) grid.add({ points, ...boundsOf(points) }, (c) => crosses(c, points));
  return grid;
}

/**
 * How many lines pass through the box, counting no further than `most`: of the lines in the
 * grid, those whose bounding box overlaps it and one of whose segments passes through it.
 */
export function crossings(b: Box, lines: Grid<Line>, most: number): number {
  let n = 0;
  lines.near(b, (l) => overlap(b, l) && crosses(b, l.points) && ++n >= most);
  return n;
}
