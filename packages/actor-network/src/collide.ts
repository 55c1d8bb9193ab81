/**
 * Collision: bodies whose circles (radius each keeps clear) will overlap at their next
 * positions push apart, the smaller one more, as d3-force's `forceCollide` does; candidates
 * come from a quadtree of the next positions, searched within the largest radius. A pass that
 * stops after any body and resumes there (see `Meter`).
 *
 * @module
 */
import type { Body, Meter } from './bodies.js';
import { listNodes, treeOf, visit } from './tree.js';

/**
 * Separates overlapping pairs by their whole overlap (d3's strength 1), shared so that the
 * smaller body moves more. `rMax` is the largest of `radii`.
 */
export function* collide(
  bodies: readonly Body[],
  radii: readonly number[],
  rMax: number,
  jiggle: () => number,
  meter: Meter,
): Generator<void, void, void> {
  const tree = yield* treeOf(
    bodies,
    (b) => b.x + b.vx,
    (b) => b.y + b.vy,
    meter,
  );
  // The bodies in the leaves' spatial order (see `listNodes`).
  yield* listNodes(tree, meter);
  const { first, next, nodes, order } = tree;
  let placed = 0;
  for (let k = 0; k < tree.listed; k++)
    for (let b = first[nodes[k]!]!; b >= 0; b = next[b]!) order[placed++] = b;
  tree.placed = placed;
  let body: Body;
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
    for (let b = head; b >= 0; b = next[b]!) {
      const other = bodies[b]!;
      // Each pair once.
      if (other.index <= body.index) continue;
      const rj = radii[other.index]!;
      const r = ri + rj;
      let x = xi - other.x - other.vx;
      let y = yi - other.y - other.vy;
      let l = x * x + y * y;
      if (l < r * r) {
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        l = Math.sqrt(l);
        l = (r - l) / l;
        const w = (rj * rj) / (ri * ri + rj * rj);
        body.vx += (x *= l) * w;
        body.vy += (y *= l) * w;
        other.vx -= x * (1 - w);
        other.vy -= y * (1 - w);
      }
    }
  };
  for (let s = 0; s < placed; s++) {
    body = bodies[order[s]!]!;
    ri = radii[body.index]!;
    xi = body.x + body.vx;
    yi = body.y + body.vy;
    visit(tree, apply);
    if (meter.done >= meter.due) yield;
  }
}
