/**
 * Which node or relation of a big graph (drawn on a canvas) is under the pointer: a grid of
 * the nodes (`box-grid.ts`, each node filed under the cell of its centre), built in steps with
 * the model (`big-model.ts`), and a grid of the edges (each edge filed under the cells its
 * line, or the polyline that follows its curve, passes through), built in steps once the model
 * is drawn; both kept up to date when a node is dragged. Neither keeps an object per node or
 * per edge (a d3-quadtree of 20,000 nodes was some 41,000 objects for as long as the model
 * lived).
 *
 * @module
 */
import type { Box, Grid } from './box-grid.js';
import { boxGrid } from './box-grid.js';
import type { Point } from './geometry.js';
import { edgePolyline } from './geometry.js';
import type { GraphEdge } from './graph.js';
import type { EdgeModel, NodeModel } from './layout.js';
import { boundsOf, crosses } from './line-crossings.js';

/** Side of a cell of the nodes' grid (px): a pointer's reach spans a few of them. */
const NODE_CELL = 16;

/**
 * A grid of items, and those moved since they were filed (looked at apart from the grid).
 * One per model's nodes (a model copied with new edges keeps its nodes) and edges.
 */
interface Filed<T extends object> {
  grid: Grid<T>;
  moved: Set<T>;
}

/** The index of each model's nodes. */
const spots = new WeakMap<readonly NodeModel[], Filed<NodeModel>>();

/**
 * Calls `f` with each of `filed`'s items in the cells `box` touches, then with those moved,
 * until it returns true; true if it did.
 */
function someNear<T extends object>(filed: Filed<T> | undefined, box: Box, f: (item: T) => boolean): boolean {
  let hit = false;
  filed?.grid.near(box, (item) => !filed.moved.has(item) && (hit = f(item)));
  for (const item of filed?.moved ?? []) if (hit || (hit = f(item))) break;
  return hit;
}

/** Indexes `nodes` (those folded into a count, `hidden`, are filed but never found), yielding after every `batch` of them. */
export function* indexNodes(nodes: readonly NodeModel[], batch: number): Generator<void, void, void> {
  const grid = boxGrid<NodeModel>(NODE_CELL);
  for (const [i, n] of nodes.entries()) {
    grid.add(n, undefined, { x: n.x, y: n.y, width: 0, height: 0 });
    if (i % batch === batch - 1) yield;
  }
  spots.set(nodes, { grid, moved: new Set() });
}

/** The index of the drawn node nearest to `p` within `radius` (in the model's units), or -1. */
export function nodeAt(nodes: readonly NodeModel[], p: Point, radius: number): number {
  let [found, least] = [-1, radius];
  const near = { x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius };
  someNear(spots.get(nodes), near, (n) => {
    const d = Math.hypot(n.x - p.x, n.y - p.y);
    if (!n.hidden && d < least) [found, least] = [n.index, d];
    return false;
  });
  return found;
}

/**
 * True when a drawn node other than `self` (by its bounding box, as labels.ts takes a node)
 * overlaps `box`: the nodes of a big model's index, where a resting label may not go.
 */
export function nodeTouches(nodes: readonly NodeModel[], box: Box, self: NodeModel): boolean {
  const r = self.r;
  const [x0, y0, x1, y1] = [box.x - r, box.y - r, box.x + box.width + r, box.y + box.height + r];
  return someNear(
    spots.get(nodes),
    { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    (n) => n !== self && !n.hidden && n.x > x0 && n.x < x1 && n.y > y0 && n.y < y1,
  );
}

/** Moves node `n` to `p`, in the index too. */
export function moveIndexed(nodes: readonly NodeModel[], n: NodeModel, p: Point): void {
  n.x = p.x;
  n.y = p.y;
  spots.get(nodes)?.moved.add(n);
}

/** Cells of the edges' grid across the model's longer side. */
const CELLS = 64;

/**
 * The edges' grid of each model's edges (each edge filed as itself, no object per segment: a
 * big graph's 60,000 edges would make some 55,000 boxes and 220,000 numbers that live as long as
 * the model, and every full collection marks them), and the edges moved since they were filed.
 */
const lines = new WeakMap<readonly EdgeModel[], Filed<EdgeModel>>();

/** Cells of the grid looked at (each a few operations) between two yields while edges are filed. */
const WORK = 4096;

/** Segments that follow a bent edge's curve (straight ones are one segment). */
const CURVE_STEPS = 8;

/** The line of edge `e` as drawn (centre to centre): its points, two for a straight edge. */
const polyline = (e: EdgeModel, nodes: readonly NodeModel[]) =>
  edgePolyline(nodes[e.source]!, nodes[e.target]!, e.bend, CURVE_STEPS);

/**
 * Indexes `edges` (from node centre to node centre, straight or bent) in a grid of cells
 * {@link CELLS} to the model's longer side (`size`), yielding after every few thousand cells
 * looked at (a long edge looks at every cell of its bounding box).
 */
export function* indexEdges(
  edges: readonly EdgeModel[],
  nodes: readonly NodeModel[],
  size: number,
): Generator<void, void, void> {
  const cell = size / CELLS;
  const grid = boxGrid<EdgeModel>(cell);
  let work = 0;
  for (const e of edges) {
    const points = polyline(e, nodes);
    const box = boundsOf(points);
    // Filed under the cells one of its segments passes through, as label placement files its lines.
    grid.add(e, (c) => crosses(c, points), box);
    work += (box.width / cell + 2) * (box.height / cell + 2);
    if (work > WORK) {
      work = 0;
      yield;
    }
  }
  lines.set(edges, { grid, moved: new Set() });
}

/** A relation under the pointer: its edge, and its line as an svg path (the model's units). */
export interface EdgeHit {
  edge: GraphEdge;
  d: string;
}

/**
 * The edge whose line passes nearest to `p`, within `radius` (in the model's units), among
 * those of a type not `hidden`: only the edges filed in the cells around `p` are measured (and
 * those moved since they were filed).
 */
export function edgeAt(
  edges: readonly EdgeModel[],
  nodes: readonly NodeModel[],
  p: Point,
  radius: number,
  hidden: ReadonlySet<string>,
): EdgeHit | undefined {
  let best: [EdgeModel, Point[]] | undefined;
  let least = radius;
  const measure = (e: EdgeModel) => {
    if (hidden.has(e.edge.type)) return false;
    const points = polyline(e, nodes);
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1]!, points[k]!];
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      // The nearest point of the segment: `p` projected on its line, kept between its ends.
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      const d = Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      if (d <= least) [least, best] = [d, [e, points]];
    }
    return false;
  };
  const near = { x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius };
  someNear(lines.get(edges), near, measure);
  return best && { edge: best[0].edge, d: `M${best[1].map((q) => `${q.x} ${q.y}`).join('L')}` };
}

/** Edge `e` was moved (one of its nodes was dragged): its line is measured apart from the grid from now on. */
export function moveEdge(edges: readonly EdgeModel[], e: EdgeModel): void {
  lines.get(edges)?.moved.add(e);
}
