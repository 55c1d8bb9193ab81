/**
 * Collision: bodies whose circles (radius each keeps clear) will overlap at their next
 * positions push apart, the smaller one more, as d3-force's `forceCollide` does; candidates
 * come from a quadtree of the next positions, searched within the largest radius. A pass that
 * stops after any body and resumes there (see `Meter`).
 *
 * @module
 */
import type { Bodies, Meter } from './bodies.js';
import { listNodes, treeOf, visit } from './tree.js';

/**
 * Separates overlapping pairs by their whole overlap (d3's strength 1), shared so that the
 * smaller body moves more. `rMax` is the largest of `radii`.
 */
export function* collide(
  bodies: Bodies,
  radii: readonly number[],
  rMax: number,
  jiggle: () => number,
  meter: Meter,
): Generator<void, void, void> {
  const { x: bx, y: by, vx, vy } = bodies;
  const tree = yield* treeOf(
    bodies,
    (b) => bx[b]! + vx[b]!,
    (b) => by[b]! + vy[b]!,
    meter,
  );
  // The bodies in the leaves' spatial order (see `listNodes`).
  yield* listNodes(tree, meter);
  const { first, next, nodes, order } = tree;
  let placed = 0;
  for (let k = 0; k < tree.listed; k++)
    for (let b = first[nodes[k]!]!; b >= 0; b = next[b]!) order[placed++] = b;
  tree.placed = placed;
  let i: number;
  let xi: number;
  let yi: number;
  let ri: number;
  const apply = (at: number, x0: number, y0: number, x1: number, y1: number): boolean | void => {
    meter.done++;
    const head = first[at]!;
    if (head < 0) {
      // Skip a quad that no circle in it can reach.
      const r = ri + rMax;
      return x0 > xi + r || x1 < xi - r || y0 > yi + r || y1 < yi - r;
    }
    for (let j = head; j >= 0; j = next[j]!) {
      // Each pair once.
      if (j <= i) continue;
      const rj = radii[j]!;
      const r = ri + rj;
      let x = xi - bx[j]! - vx[j]!;
      let y = yi - by[j]! - vy[j]!;
      let l = x * x + y * y;
      if (l < r * r) {
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        l = Math.sqrt(l);
        l = (r - l) / l;
        const w = (rj * rj) / (ri * ri + rj * rj);
        vx[i] += (x *= l) * w;
        vy[i] += (y *= l) * w;
        vx[j] -= x * (1 - w);
        vy[j] -= y * (1 - w);
      }
    }
  };
  for (let s = 0; s < placed; s++) {
    i = order[s]!;
    ri = radii[i]!;
    xi = bx[i]! + vx[i]!;
    yi = by[i]! + vy[i]!;
    visit(tree, apply);
    if (meter.done >= meter.due) yield;
  }
}
