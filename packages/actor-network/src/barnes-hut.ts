/**
 * Repulsion between every pair of bodies, approximated as d3-force's many-body force does
 * (Barnes–Hut): bodies go into a quadtree, each quad keeps the centre and count of the bodies
 * under it, and a quad seen from far enough (its width over its distance below `theta`) pushes
 * as one body at its centre. O(n log n) per tick instead of the O(n²) of exact pairs.
 *
 * The same arithmetic as d3's `forceManyBody` with equal strengths, `theta` 0.9 and a minimum
 * distance of 1, written as a pass that stops after any body and
 * resumes there (see `Meter`), so one tick can be split across tasks.
 *
 * @module
 */
import type { QuadtreeLeaf } from 'd3-quadtree';
import type { Body, Meter } from './bodies.js';
import type { Quad as TreeQuad } from './tree.js';
import { quadsOf, remember, treeOf, visit } from './tree.js';

/** A quad with what repulsion keeps on it: the centre of its bodies and their count. */
type Quad = TreeQuad & { x: number; y: number; value: number };

/** theta²: a quad `w` wide at distance `l` acts as one body when w² / theta² < l². */
const THETA2 = 0.81;

/**
 * Pushes every body away from every other by `strength` (negative) × `alpha` over their
 * distance, as d3's many-body force does (no maximum distance: a graph bound to a reach packed
 * ever denser as it grew, its long links pulling it together).
 */
export function* repel(
  bodies: readonly Body[],
  strength: number,
  alpha: number,
  jiggle: () => number,
  meter: Meter,
): Generator<void, void, void> {
  const tree = yield* treeOf(
    bodies,
    (b) => b.x,
    (b) => b.y,
    meter,
  );
  // Every quad, parents before children; then, from the end, each quad's centre and count
  // from its children's (d3's `visitAfter(accumulate)`, in steps), and the bodies in the
  // leaves' spatial order, for the pass below (see `quadsOf`).
  const order = yield* quadsOf<Quad>(tree, meter);
  const near: Body[] = [];
  for (let k = order.length; k--;) {
    const q = order[k]!;
    let count = 0;
    let x = 0;
    let y = 0;
    if (q.length) {
      for (const c of q as (Quad | undefined)[])
        if (c?.value) {
          count += c.value;
          x += c.value * c.x;
          y += c.value * c.y;
        }
      x /= count;
      y /= count;
    } else {
      let leaf: QuadtreeLeaf<Body> | undefined = q as QuadtreeLeaf<Body>;
      x = leaf.data.x;
      y = leaf.data.y;
      do {
        count++;
        near.push(leaf.data);
      } while ((leaf = leaf.next));
    }
    q.x = x;
    q.y = y;
    q.value = count;
    if (++meter.done >= meter.due) yield;
  }
  remember(bodies, near);
  const k = strength * alpha;
  let body: Body;
  const apply = (node: TreeQuad, x1: number, _: number, x2: number): boolean | void => {
    const quad = node as Quad;
    meter.done++;
    if (!quad.value) return true;
    let x = quad.x - body.x;
    let y = quad.y - body.y;
    const w = x2 - x1;
    let l = x * x + y * y;
    // Far enough: the quad pushes as one body.
    if ((w * w) / THETA2 < l) {
      if (!x) l += (x = jiggle()) ** 2;
      if (!y) l += (y = jiggle()) ** 2;
      if (l < 1) l = Math.sqrt(l);
      body.vx += (x * quad.value * k) / l;
      body.vy += (y * quad.value * k) / l;
      return true;
    }
    // Too close to approximate: open an inner quad; a leaf's bodies push one by one.
    if (quad.length) return;
    let leaf: QuadtreeLeaf<Body> | undefined = quad as QuadtreeLeaf<Body>;
    if (leaf.data !== body || leaf.next) {
      if (!x) l += (x = jiggle()) ** 2;
      if (!y) l += (y = jiggle()) ** 2;
      if (l < 1) l = Math.sqrt(l);
    }
    do
      if (leaf.data !== body) {
        body.vx += (x * k) / l;
        body.vy += (y * k) / l;
      }
    while ((leaf = leaf.next));
  };
  for (body of near) {
    visit(tree, apply);
    if (meter.done >= meter.due) yield;
  }
}
