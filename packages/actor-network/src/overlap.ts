/**
 * How many nodes of a layout overlap another: the measure of a settled layout in the tests and
 * the benchmark (not used by the element). Two nodes overlap when their centres are closer than
 * `share` of the sum of the radii they keep clear; 1 counts any intersection, the default
 * 0.9 forgives the last tenth, which a layout whose collision is a soft force leaves between
 * neighbours pressed together (d3-force's too).
 *
 * @module
 */
import { quadtree } from 'd3-quadtree';

/** The number of nodes that overlap at least one other node. */
export function overlappingNodes(
  points: readonly { x: number; y: number }[],
  radii: readonly number[],
  share = 0.9,
): number {
  const tree = quadtree(
    points.map((_, i) => i),
    (i) => points[i]!.x,
    (i) => points[i]!.y,
  );
  const rMax = radii.reduce((a, b) => Math.max(a, b), 0);
  const hit = new Uint8Array(points.length);
  points.forEach((p, i) => {
    const reach = (radii[i]! + rMax) * share;
    tree.visit((quad, x0, y0, x1, y1) => {
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf; leaf = leaf.next) {
          const j = leaf.data;
          const q = points[j]!;
          const r = (radii[i]! + radii[j]!) * share;
          if (j !== i && (q.x - p.x) ** 2 + (q.y - p.y) ** 2 < r * r) hit[i] = 1;
        }
      }
      return x0 > p.x + reach || x1 < p.x - reach || y0 > p.y + reach || y1 < p.y - reach;
    });
  });
  return hit.reduce((a, b) => a + b, 0);
}
