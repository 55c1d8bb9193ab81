/**
 * Quadtrees of the simulation's bodies, kept in typed arrays that each simulation makes once
 * and rebuilds in place every pass. It is d3-quadtree's tree (the same cover, the same quads
 * split at the same midpoints, the same bodies in a leaf in the same order, visited in the
 * same order with the same bounds; a test compares them quad by quad), without d3's object
 * per quad and per leaf: a tick of a 20,000-node graph built two trees of about 50,000
 * objects each, alive while their pass ran, so the collector kept copying them; without them
 * the layout takes about 0.75× the time (docs/decisions/0301-network-layout.md).
 *
 * @module
 */
import type { Bodies, Meter } from './bodies.js';

/**
 * A simulation's quadtree. Nodes are numbers: an inner node has four children (`kids`, -1 for
 * none), a leaf has bodies (`first`, then `next`), bodies being their index in the simulation's
 * list. A pass keeps what it needs on each node in `x`, `y` and `value`.
 */
export interface Tree {
  /** The root node (-1: no body), and the square it covers. */
  root: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Nodes made by the last build. */
  size: number;
  /** Per node, its four children (top left, top right, bottom left, bottom right), -1 for none. */
  kids: Int32Array;
  /** Per node, a leaf's first body, or -1 for an inner node. */
  first: Int32Array;
  /** Per node, what a pass keeps there (repulsion: the centre of its bodies and their count). */
  x: Float64Array;
  y: Float64Array;
  value: Float64Array;
  /** Per body, the next body in its leaf (one at the same point), -1 for none. */
  next: Int32Array;
  /** Per body, where the last build put it. */
  px: Float64Array;
  py: Float64Array;
  /** The nodes, parents before children (depth first), `listed` of them (see {@link listNodes}). */
  nodes: Int32Array;
  listed: number;
  /**
   * The bodies in the leaves' spatial order, `placed` of them (-1: none yet): a pass takes
   * them in this order, and the next build adds them in it.
   */
  order: Int32Array;
  placed: number;
}

/** Each simulation's tree, by its bodies. */
const trees = new WeakMap<Bodies, Tree>();

/** The tree of `bodies`, made on first use. */
function treeFor(bodies: Bodies): Tree {
  const n = bodies.x.length;
  let tree = trees.get(bodies);
  if (!tree || tree.next.length !== n) {
    const nodes = 2 * n + 8;
    tree = {
      root: -1,
      x0: 0,
      y0: 0,
      x1: 0,
      y1: 0,
      size: 0,
      kids: new Int32Array(4 * nodes),
      first: new Int32Array(nodes),
      x: new Float64Array(nodes),
      y: new Float64Array(nodes),
      value: new Float64Array(nodes),
      next: new Int32Array(n),
      px: new Float64Array(n),
      py: new Float64Array(n),
      nodes: new Int32Array(nodes),
      listed: 0,
      order: new Int32Array(n),
      placed: -1,
    };
    trees.set(bodies, tree);
  }
  return tree;
}

/** A typed array twice as long as `a`, holding `a`'s numbers at its start. */
export function doubled<A extends Int32Array | Float64Array>(a: A): A {
  const grown = new (a.constructor as new (n: number) => A)(2 * a.length);
  grown.set(a);
  return grown;
}

/** Twice the room for nodes (rare: two bodies very close together take many nodes to part). */
function grow(tree: Tree): void {
  tree.kids = doubled(tree.kids);
  tree.first = doubled(tree.first);
  tree.x = doubled(tree.x);
  tree.y = doubled(tree.y);
  tree.value = doubled(tree.value);
  tree.nodes = doubled(tree.nodes);
}

/**
 * A new node: a leaf holding `body`, or (-1) an inner node with no children yet. A leaf's
 * `kids` are never read (every reader asks `first` first), so only an inner node clears them.
 */
function node(tree: Tree, body: number): number {
  if (tree.size === tree.first.length) grow(tree);
  const id = tree.size++;
  tree.first[id] = body;
  if (body < 0) tree.kids.fill(-1, 4 * id, 4 * id + 4);
  return id;
}

/** The square an {@link add} has come down to: x0, y0, x1, y1. */
const square = new Float64Array(4);

/** Which quarter of {@link square} (x, y) falls in: 0 top left, 1 top right, 2 bottom left, 3 bottom right. */
const quarter = (x: number, y: number): number =>
  (y >= (square[1]! + square[3]!) / 2 ? 2 : 0) | (x >= (square[0]! + square[2]!) / 2 ? 1 : 0);

/** Narrows {@link square} to one of its quarters. */
function narrow(slot: number): void {
  const xm = (square[0]! + square[2]!) / 2;
  const ym = (square[1]! + square[3]!) / 2;
  square[slot & 1 ? 0 : 2] = xm;
  square[slot & 2 ? 1 : 3] = ym;
}

/**
 * Puts `body` at (`x`, `y`) in the tree, as d3-quadtree's `add` does: down to the quad it falls
 * in; a body at the same point as a leaf's goes first in that leaf; a body in another's leaf
 * splits it until the two are apart. A body at NaN is left out.
 */
function add(tree: Tree, body: number, x: number, y: number): void {
  if (x !== x || y !== y) return;
  tree.px[body] = x;
  tree.py[body] = y;
  tree.next[body] = -1;
  if (tree.root < 0) {
    tree.root = node(tree, body);
    return;
  }
  square[0] = tree.x0;
  square[1] = tree.y0;
  square[2] = tree.x1;
  square[3] = tree.y1;
  let parent = -1;
  let slot = 0;
  let at = tree.root;
  while (tree.first[at]! < 0) {
    slot = quarter(x, y);
    narrow(slot);
    parent = at;
    at = tree.kids[4 * parent + slot]!;
    if (at < 0) {
      tree.kids[4 * parent + slot] = node(tree, body);
      return;
    }
  }
  const other = tree.first[at]!;
  const xp = tree.px[other]!;
  const yp = tree.py[other]!;
  if (x === xp && y === yp) {
    tree.next[body] = other;
    tree.first[at] = body;
    return;
  }
  let apart: number;
  do {
    const inner = node(tree, -1);
    if (parent < 0) tree.root = inner;
    else tree.kids[4 * parent + slot] = inner;
    parent = inner;
    slot = quarter(x, y);
    apart = quarter(xp, yp);
    narrow(slot);
  } while (slot === apart);
  tree.kids[4 * parent + apart] = at;
  tree.kids[4 * parent + slot] = node(tree, body);
}

/**
 * The tree of `bodies` at (`x`, `y`), rebuilt in place, one body per unit of work. As
 * d3-quadtree's `addAll`, it first covers the bodies' extent (d3's `cover`: a square from the
 * floor of the least corner, doubled until it holds the greatest), so no body re-roots it. The
 * bodies go in in the last tree's spatial order when there is one: each then goes down nearly
 * the path the one before it took.
 */
export function* treeOf(
  bodies: Bodies,
  x: (body: number) => number,
  y: (body: number) => number,
  meter: Meter,
): Generator<void, Tree, void> {
  const tree = treeFor(bodies);
  const n = bodies.x.length;
  let xMin = Infinity;
  let yMin = Infinity;
  let xMax = -Infinity;
  let yMax = -Infinity;
  for (let b = 0; b < n; b++) {
    const bx = x(b);
    const by = y(b);
    if (bx < xMin) xMin = bx;
    if (bx > xMax) xMax = bx;
    if (by < yMin) yMin = by;
    if (by > yMax) yMax = by;
  }
  tree.root = -1;
  tree.size = 0;
  if (xMin <= xMax && yMin <= yMax) {
    let z = 1;
    tree.x0 = Math.floor(xMin);
    tree.y0 = Math.floor(yMin);
    while (xMax >= tree.x0 + z || yMax >= tree.y0 + z) z *= 2;
    tree.x1 = tree.x0 + z;
    tree.y1 = tree.y0 + z;
  }
  const count = tree.placed < 0 ? n : tree.placed;
  for (let k = 0; k < count; k++) {
    const i = tree.placed < 0 ? k : tree.order[k]!;
    add(tree, i, x(i), y(i));
    if (++meter.done >= meter.due) yield;
  }
  return tree;
}

/**
 * Lists the tree's nodes in `nodes`, parents before children (depth first, the last child
 * first), one node per unit of work. Its leaves come in spatial order: bodies next to each
 * other in it are near each other in the plane, so a pass that takes the bodies in this order
 * visits nearly the same quads from one body to the next and finds them in the processor's
 * cache. On a graph of thousands of bodies that is most of a pass's time; the input's order is
 * spatially random.
 */
export function* listNodes(tree: Tree, meter: Meter): Generator<void, void, void> {
  tree.listed = 0;
  if (tree.root < 0) return;
  // The nodes still to list sit at the end of `nodes`, above the ones listed: a node is listed
  // before its children are put there, and there are never more nodes than the tree has.
  const { nodes, kids } = tree;
  let top = nodes.length;
  nodes[--top] = tree.root;
  while (top < nodes.length) {
    const at = nodes[top++]!;
    nodes[tree.listed++] = at;
    if (tree.first[at]! < 0)
      for (let c = 4 * at; c < 4 * at + 4; c++) if (kids[c]! >= 0) nodes[--top] = kids[c]!;
    if (++meter.done >= meter.due) yield;
  }
}

/** The nodes waiting in a {@link visit}, and their bounds (x0, y0, x1, y1 each), kept between visits. */
let waiting = new Int32Array(64);
let bounds = new Float64Array(256);
let top = 0;

/** Puts a node and its bounds on top of {@link waiting}. */
function wait(at: number, x0: number, y0: number, x1: number, y1: number): void {
  if (at < 0) return;
  if (top === waiting.length) [waiting, bounds] = [doubled(waiting), doubled(bounds)];
  const k = 4 * top;
  waiting[top++] = at;
  bounds[k] = x0;
  bounds[k + 1] = y0;
  bounds[k + 2] = x1;
  bounds[k + 3] = y1;
}

/**
 * Calls `callback` on the tree's nodes as d3-quadtree's `visit` does (parents first, children
 * top left to bottom right, each with its square's bounds; a callback that returns true skips
 * the node's children). Not reentrant: a callback must not visit a tree.
 */
export function visit(
  tree: Tree,
  callback: (at: number, x0: number, y0: number, x1: number, y1: number) => boolean | void,
): void {
  top = 0;
  wait(tree.root, tree.x0, tree.y0, tree.x1, tree.y1);
  while (top) {
    const at = waiting[--top]!;
    const k = 4 * top;
    const x0 = bounds[k]!;
    const y0 = bounds[k + 1]!;
    const x1 = bounds[k + 2]!;
    const y1 = bounds[k + 3]!;
    if (!callback(at, x0, y0, x1, y1) && tree.first[at]! < 0) {
      const c = 4 * at;
      const xm = (x0 + x1) / 2;
      const ym = (y0 + y1) / 2;
      wait(tree.kids[c + 3]!, xm, ym, x1, y1);
      wait(tree.kids[c + 2]!, x0, ym, xm, y1);
      wait(tree.kids[c + 1]!, xm, y0, x1, ym);
      wait(tree.kids[c]!, x0, y0, xm, ym);
    }
  }
}
