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
import type { Bodies, Meter } from './bodies.js';
import { doubled, listNodes, treeOf } from './tree.js';

/** theta²: a quad `w` wide at distance `l` acts as one body when w² / theta² < l². */
const THETA2 = 0.81;

/**
 * The quads waiting in a body's visit, and the left and right of each one's square, kept
 * between visits (a quad's width is all the visit needs of its square).
 */
let waiting = new Int32Array(64);
let lefts = new Float64Array(64);
let rights = new Float64Array(64);

/**
 * Pushes every body away from every other by `strength` (negative) × `alpha` over their
 * distance, as d3's many-body force does (no maximum distance: a graph bound to a reach packed
 * ever denser as it grew, its long links pulling it together).
 */
export function* repel(
  bodies: Bodies,
  strength: number,
  alpha: number,
  jiggle: () => number,
  meter: Meter,
): Generator<void, void, void> {
  const { x: bx, y: by, vx, vy } = bodies;
  const tree = yield* treeOf(
    bodies,
    (b) => bx[b]!,
    (b) => by[b]!,
    meter,
  );
  // Every node, parents before children; then, from the end, each node's centre and count
  // from its children's (d3's `visitAfter(accumulate)`, in steps), and the bodies in the
  // leaves' spatial order, for the pass below (see `listNodes`).
  yield* listNodes(tree, meter);
  const { kids, first, next, x: cx, y: cy, value, nodes, order } = tree;
  let placed = 0;
  for (let k = tree.listed; k--;) {
    const at = nodes[k]!;
    const head = first[at]!;
    let count = 0;
    let x = 0;
    let y = 0;
    if (head < 0) {
      for (let c = 4 * at; c < 4 * at + 4; c++) {
        const kid = kids[c]!;
        if (kid >= 0 && value[kid]) {
          count += value[kid];
          x += value[kid] * cx[kid]!;
          y += value[kid] * cy[kid]!;
        }
      }
      x /= count;
      y /= count;
    } else {
      x = bx[head]!;
      y = by[head]!;
      for (let b = head; b >= 0; b = next[b]!) {
        count++;
        order[placed++] = b;
      }
    }
    cx[at] = x;
    cy[at] = y;
    value[at] = count;
    if (++meter.done >= meter.due) yield;
  }
  tree.placed = placed;
  const k = strength * alpha;
  // Each body visits the tree as d3-quadtree's `visit` does (parents first, children top left
  // to bottom right, each with its quarter of the square), written out here rather than as a
  // callback of a visit: repulsion is most of a big graph's layout, and a call per quad seen
  // was about 40 % of it.
  for (let s = 0; s < placed; s++) {
    const self = order[s]!;
    const sx = bx[self]!;
    const sy = by[self]!;
    let top = 0;
    waiting[top] = tree.root;
    lefts[top] = tree.x0;
    rights[top++] = tree.x1;
    while (top) {
      const at = waiting[--top]!;
      const left = lefts[top]!;
      const right = rights[top]!;
      meter.done++;
      const count = value[at]!;
      if (!count) continue;
      let x = cx[at]! - sx;
      let y = cy[at]! - sy;
      const w = right - left;
      let l = x * x + y * y;
      // Far enough: the quad pushes as one body.
      if ((w * w) / THETA2 < l) {
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        if (l < 1) l = Math.sqrt(l);
        vx[self] += (x * count * k) / l;
        vy[self] += (y * count * k) / l;
        continue;
      }
      // Too close to approximate: go into an inner quad (its children wait, the top left on
      // top); a leaf's bodies push one by one.
      const head = first[at]!;
      if (head < 0) {
        if (top + 4 > waiting.length)
          [waiting, lefts, rights] = [doubled(waiting), doubled(lefts), doubled(rights)];
        const mid = (left + right) / 2;
        for (let c = 3; c >= 0; c--) {
          const kid = kids[4 * at + c]!;
          if (kid < 0) continue;
          waiting[top] = kid;
          lefts[top] = c & 1 ? mid : left;
          rights[top++] = c & 1 ? right : mid;
        }
        continue;
      }
      if (head !== self || next[head]! >= 0) {
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        if (l < 1) l = Math.sqrt(l);
      }
      for (let b = head; b >= 0; b = next[b]!)
        if (b !== self) {
          vx[self] += (x * k) / l;
          vy[self] += (y * k) / l;
        }
    }
    if (meter.done >= meter.due) yield;
  }
}
