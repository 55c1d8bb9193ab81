/**
 * Which node or relation of a big graph (drawn on a canvas) is under the pointer: a
 * d3-quadtree of the drawn nodes, built in steps with the model (`big-model.ts`), and a grid
 * of the edges (`box-grid.ts`, each edge filed under the cells its line, or the polyline that
 * follows its curve, passes through),
 * built in steps once the model is drawn; both kept up to date when a node is dragged.
 *
 * @module
 */
import { quadtree } from 'd3-quadtree';
import type { Quadtree } from 'd3-quadtree';
import type { Box, Grid } from './box-grid.js';
import { boxGrid } from './box-grid.js';
import type { Point } from './geometry.js';
import { edgePolyline } from './geometry.js';
import type { GraphEdge } from './graph.js';
import type { EdgeModel, NodeModel } from './layout.js';
import { boundsOf, crosses } from './line-crossings.js';

/** The index of each model's nodes (a model copied with new edges keeps its nodes). */
const trees = new WeakMap<readonly NodeModel[], Quadtree<NodeModel>>();

/** Indexes `nodes` (but those folded into a count: `hidden`), yielding after every `batch` of them. */
export function* indexNodes(nodes: readonly NodeModel[], batch: number): Generator<void, void, void> {
  const tree = quadtree<NodeModel>()
    .x((n) => n.x)
    .y((n) => n.y);
  for (const [i, n] of nodes.entries()) {
    if (!n.hidden) tree.add(n);
    if (i % batch === batch - 1) yield;
  }
  trees.set(nodes, tree);
}

/** The index of the node nearest to `p` within `radius` (in the model's units), or -1. */
export function nodeAt(nodes: readonly NodeModel[], p: Point, radius: number): number {
  return trees.get(nodes)?.find(p.x, p.y, radius)?.index ?? -1;
}

/**
 * True when a drawn node other than `self` (by its bounding box, as labels.ts takes a node)
 * overlaps `box`: the nodes of a big model's index, where a resting label may not go.
 */
export function nodeTouches(nodes: readonly NodeModel[], box: Box, self: NodeModel): boolean {
  const r = self.r;
  const [x0, y0, x1, y1] = [box.x - r, box.y - r, box.x + box.width + r, box.y + box.height + r];
  let found = false;
  trees.get(nodes)?.visit((quad, qx0, qy0, qx1, qy1) => {
    if (!quad.length)
      for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
        const { x, y } = leaf.data;
        if (leaf.data !== self && x > x0 && x < x1 && y > y0 && y < y1) found = true;
      }
    return found || qx0 >= x1 || qx1 <= x0 || qy0 >= y1 || qy1 <= y0;
  });
  return found;
}

/** Moves node `n` to `p`, in the index too. */
export function moveIndexed(nodes: readonly NodeModel[], n: NodeModel, p: Point): void {
  const tree = trees.get(nodes);
  tree?.remove(n);
  n.x = p.x;
  n.y = p.y;
  tree?.add(n);
}

/** Folds node `n` into its group's count (`hidden`: out of the index) or shows it again. */
export function hideIndexed(nodes: readonly NodeModel[], n: NodeModel, hidden: boolean): void {
  const tree = trees.get(nodes);
  if (n.hidden === hidden) return;
  n.hidden = hidden;
  if (hidden) tree?.remove(n);
  else tree?.add(n);
}

/** Cells of the edges' grid across the model's longer side. */
const CELLS = 64;

/**
 * The edges' grid of each model's edges (each edge filed as itself, no object per segment: a
 * big graph's 60,000 edges would make some 55,000 boxes and 220,000 numbers that live as long as
 * the model, and every full collection marks them), and the edges moved since they were filed.
 */
const lines = new WeakMap<readonly EdgeModel[], { grid: Grid<EdgeModel>; moved: Set<EdgeModel> }>();

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
  const index = lines.get(edges);
  let best: [EdgeModel, Point[]] | undefined;
  let least = radius;
  const measure = (e: EdgeModel) => {
    if (hidden.has(e.edge.type)) return;
    const points = polyline(e, nodes);
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1]!, points[k]!];
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      // The nearest point of the segment: `p` projected on its line, kept between its ends.
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      const d = Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      if (d <= least) [least, best] = [d, [e, points]];
    }
  };
  const near = { x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius };
  index?.grid.near(near, (e) => !index.moved.has(e) && measure(e));
  index?.moved.forEach(measure);
  return best && { edge: best[0].edge, d: `M${best[1].map((q) => `${q.x} ${q.y}`).join('L')}` };
}

/** Edge `e` was moved (one of its nodes was dragged): its line is measured apart from the grid from now on. */
export function moveEdge(edges: readonly EdgeModel[], e: EdgeModel): void {
  lines.get(edges)?.moved.add(e);
}
