/**
 * Quadtrees of the simulation's bodies (d3-quadtree), built one body per unit of work.
 *
 * @module
 */
import { quadtree } from 'd3-quadtree';
import type { Quadtree } from 'd3-quadtree';
import type { Body, Meter } from './bodies.js';

/** A quadtree of the bodies at (`x`, `y`), built one body per unit of work (d3-quadtree's `add`). */
export function* treeOf(
  bodies: readonly Body[],
  x: (b: Body) => number,
  y: (b: Body) => number,
  meter: Meter,
): Generator<void, Quadtree<Body>, void> {
  const tree = quadtree<Body>().x(x).y(y);
  for (const b of bodies) {
    tree.add(b);
    if (++meter.done >= meter.due) yield;
  }
  return tree;
}
