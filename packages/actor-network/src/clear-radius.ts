/**
 * How big a big graph's nodes can be drawn and stay clear of each other. The layout keeps its
 * nodes apart in its own units; fitted into a narrow box (a phone's), their distances shrink
 * and dots of a fixed size would cover each other. Drawn smaller instead, they stay apart.
 *
 * @module
 */
import type { Point } from './geometry.js';

/** The smallest radius a big graph's node is drawn with, in px: below it a dot is hard to see. */
export const MIN_RADIUS = 1.5;
/** The share of nodes that may still touch a neighbour: the layout leaves a few pressed together. */
const TOUCHING = 0.01;

/**
 * The largest radius up to `r` at which no more than one node in a hundred of `points` has a
 * neighbour closer than two radii (at least {@link MIN_RADIUS}). Each point looks for its
 * nearest neighbour on a grid of cells 2`r` wide, so the work is linear; yields after every
 * `batch` points, and before sorting the close ones' distances.
 */
export function* clearRadius(
  points: readonly Point[],
  r: number,
  batch: number,
): Generator<void, number, void> {
  const cell = 2 * r;
  // Cells keyed by a number, not a string: V8 keeps a string used as a key in its table of
  // unique strings, which each full collection walks (docs/benchmarks.md). Two cells that
  // share a number (over 65,536 rows apart) only add points that are farther away.
  const grid = new Map<number, Point[]>();
  const key = (x: number, y: number) => Math.floor(x / cell) * 65536 + Math.floor(y / cell);
  for (const [i, p] of points.entries()) {
    const k = key(p.x, p.y);
    const list = grid.get(k);
    if (list) list.push(p);
    else grid.set(k, [p]);
    if (i % batch === batch - 1) yield;
  }
  // The distances of the points whose nearest neighbour is closer than 2r (typed, so sorted
  // natively: about a fifth of a comparator's time, some 1.5 ms for 20,000 in Node).
  const distances = new Float64Array(points.length);
  let count = 0;
  for (const [i, p] of points.entries()) {
    let nearest = cell;
    for (let dx = -cell; dx <= cell; dx += cell)
      for (let dy = -cell; dy <= cell; dy += cell)
        for (const q of grid.get(key(p.x + dx, p.y + dy)) ?? [])
          if (q !== p) nearest = Math.min(nearest, Math.hypot(q.x - p.x, q.y - p.y));
    if (nearest < cell) distances[count++] = nearest;
    if (i % batch === batch - 1) yield;
  }
  const allowed = Math.floor(points.length * TOUCHING);
  if (count <= allowed) return r;
  yield;
  const close = distances.subarray(0, count).sort();
  // All but `allowed` of the close points are at least this far from their nearest neighbour.
  return Math.max(MIN_RADIUS, Math.min(r, close[allowed]! / 2));
}
