/**
 * Which node of a big graph (drawn on a canvas) is under the pointer: a d3-quadtree of the
 * drawn nodes, built in steps with the model (`big-model.ts`) and kept up to date when a node
 * is dragged.
 *
 * @module
 */
import { quadtree } from 'd3-quadtree';
import type { Quadtree } from 'd3-quadtree';
import type { Point } from './geometry.js';
import type { NodeModel } from './layout.js';

/** The index of each model's nodes (a model copied with new edges keeps its nodes). */
const trees = new WeakMap<readonly NodeModel[], Quadtree<NodeModel>>();

/** Indexes `nodes`, yielding after every `batch` of them. */
export function* indexNodes(nodes: readonly NodeModel[], batch: number): Generator<void, void, void> {
  const tree = quadtree<NodeModel>()
    .x((n) => n.x)
    .y((n) => n.y);
  for (const [i, n] of nodes.entries()) {
    tree.add(n);
    if (i % batch === batch - 1) yield;
  }
  trees.set(nodes, tree);
}

/** The index of the node nearest to `p` within `radius` (in the model's units), or -1. */
export function nodeAt(nodes: readonly NodeModel[], p: Point, radius: number): number {
  return trees.get(nodes)?.find(p.x, p.y, radius)?.index ?? -1;
}

/** Moves node `n` to `p`, in the index too. */
export function moveIndexed(nodes: readonly NodeModel[], n: NodeModel, p: Point): void {
  const tree = trees.get(nodes);
  tree?.remove(n);
  n.x = p.x;
  n.y = p.y;
  tree?.add(n);
}
