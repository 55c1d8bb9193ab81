/**
 * Quadtrees of the simulation's bodies (d3-quadtree), built one body per unit of work, and
 * their quads in spatial order.
 *
 * @module
 */
import { quadtree } from 'd3-quadtree';
import type { Quadtree, QuadtreeInternalNode, QuadtreeLeaf } from 'd3-quadtree';
import type { Body, Meter } from './bodies.js';

/** A quad of a tree of bodies: an inner one (its four children) or a leaf (its bodies). */
export type Quad = QuadtreeInternalNode<Body> | QuadtreeLeaf<Body>;

/**
 * A quadtree of the bodies at (`x`, `y`), built one body per unit of work. As d3-quadtree's
 * `addAll`, it first covers the bodies' extent, so adding a body never re-roots the tree.
 */
export function* treeOf(
  bodies: readonly Body[],
  x: (b: Body) => number,
  y: (b: Body) => number,
  meter: Meter,
): Generator<void, Quadtree<Body>, void> {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of bodies) {
    const bx = x(b);
    const by = y(b);
    if (bx < x0) x0 = bx;
    if (bx > x1) x1 = bx;
    if (by < y0) y0 = by;
    if (by > y1) y1 = by;
  }
  const tree = quadtree<Body>().x(x).y(y);
  if (x0 <= x1 && y0 <= y1) tree.cover(x0, y0).cover(x1, y1);
  // In the last tree's spatial order when there is one: each body then goes down nearly the
  // path the one before it took (the tree's structure does not depend on the order, but for
  // bodies at one point).
  for (const b of lastOrder.get(bodies) ?? bodies) {
    tree.add(b);
    if (++meter.done >= meter.due) yield;
  }
  return tree;
}

/** The bodies of a simulation in the spatial order of its last tree (see `quadsOf`). */
const lastOrder = new WeakMap<readonly Body[], readonly Body[]>();

/** Keeps `order` (the same bodies as `bodies`) as the order the next tree of `bodies` adds them in. */
export function remember(bodies: readonly Body[], order: readonly Body[]): void {
  lastOrder.set(bodies, order);
}

/**
 * Every quad of the tree, parents before children (depth first), one quad per unit of work.
 * Its leaves come in spatial order: bodies next to each other in it are near each other in
 * the plane, so a pass that takes the bodies in this order visits nearly the same quads from
 * one body to the next and finds them in the processor's cache. On a graph of thousands of
 * bodies that is most of a pass's time; the input's order is spatially random.
 */
export function* quadsOf<Q extends Quad>(tree: Quadtree<Body>, meter: Meter): Generator<void, Q[], void> {
  const order: Q[] = [];
  const stack = [tree.root() as Q | undefined];
  while (stack.length) {
    const q = stack.pop();
    if (!q) continue;
    order.push(q);
    if (q.length) stack.push(...(q as unknown as Q[]));
    if (++meter.done >= meter.due) yield;
  }
  return order;
}

/** The quads waiting in a {@link visit}, and their bounds (x0, y0, x1, y1 each), kept between visits. */
const waiting: Quad[] = [];
let bounds = new Float64Array(256);
let top = 0;

/** Puts a quad and its bounds on top of {@link waiting}. */
function wait(quad: Quad | undefined, x0: number, y0: number, x1: number, y1: number): void {
  if (!quad) return;
  if (4 * top + 4 > bounds.length) {
    const grown = new Float64Array(2 * bounds.length);
    grown.set(bounds);
    bounds = grown;
  }
  const k = 4 * top;
  waiting[top++] = quad;
  bounds[k] = x0;
  bounds[k + 1] = y0;
  bounds[k + 2] = x1;
  bounds[k + 3] = y1;
}

/**
 * d3-quadtree's `visit` (the same quads in the same order, with the same bounds; a callback
 * that returns true skips the quad's children), without an object per quad visited. d3's makes
 * one for each: a pass over 20,000 bodies visits millions, and the layout worker's collector
 * ran about 1,400 times in a 30 s layout at 4×, its freed pages left for the page's collector
 * to give back (docs/benchmarks.md). Not reentrant: a callback must not visit a tree.
 */
export function visit(
  tree: Quadtree<Body>,
  callback: (quad: Quad, x0: number, y0: number, x1: number, y1: number) => boolean | void,
): void {
  const extent = tree.extent();
  top = 0;
  if (extent) wait(tree.root(), extent[0][0], extent[0][1], extent[1][0], extent[1][1]);
  while (top) {
    const quad = waiting[--top]!;
    const k = 4 * top;
    const x0 = bounds[k]!;
    const y0 = bounds[k + 1]!;
    const x1 = bounds[k + 2]!;
    const y1 = bounds[k + 3]!;
    if (!callback(quad, x0, y0, x1, y1) && quad.length) {
      const inner = quad as QuadtreeInternalNode<Body>;
      const xm = (x0 + x1) / 2;
      const ym = (y0 + y1) / 2;
      wait(inner[3], xm, ym, x1, y1);
      wait(inner[2], x0, ym, xm, y1);
      wait(inner[1], xm, y0, x1, ym);
      wait(inner[0], x0, y0, xm, ym);
    }
  }
}
