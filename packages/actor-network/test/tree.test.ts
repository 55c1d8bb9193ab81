import { expect } from '@open-wc/testing';
import { quadtree } from 'd3-quadtree';
import type { QuadtreeInternalNode, QuadtreeLeaf } from 'd3-quadtree';
import type { Bodies } from '../src/bodies.js';
import type { Tree } from '../src/tree.js';
import { listNodes, treeOf, visit } from '../src/tree.js';

/** A body of these tests: its index in the simulation, and where it is. */
interface Spot {
  index: number;
  x: number;
  y: number;
}

/** `n` bodies spread over 1000 × 700 by a seeded generator, some of them at one point. */
function bodies(n: number): Spot[] {
  let seed = 7;
  const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  return Array.from({ length: n }, (_, index) =>
    index % 50 === 0 ? { index, x: 500, y: 350 } : { index, x: next() * 1000, y: next() * 700 },
  );
}

const simulated = new WeakMap<readonly Spot[], Bodies>();

/** The simulation's bodies at the places of `list` (the same for the same list, as a simulation's are). */
function bodiesAt(list: readonly Spot[]): Bodies {
  let found = simulated.get(list);
  if (!found) {
    const none = () => new Float64Array(list.length);
    found = {
      x: Float64Array.from(list, (s) => s.x),
      y: Float64Array.from(list, (s) => s.y),
      vx: none(),
      vy: none(),
    };
    simulated.set(list, found);
  }
  return found;
}

/** Our tree of `list`, built at once. */
function ours(list: readonly Spot[]): Tree {
  const { x, y } = bodiesAt(list);
  const run = treeOf(
    bodiesAt(list),
    (b) => x[b]!,
    (b) => y[b]!,
    { done: 0, due: Infinity },
  );
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/** d3-quadtree's tree of `list`, its bodies added in the same order. */
const d3Tree = (list: readonly Spot[]) =>
  quadtree<Spot>()
    .x((b) => b.x)
    .y((b) => b.y)
    .addAll([...list]);

/** The bodies of one of our leaves (-1: an inner node), first to last. */
function leafOf(tree: Tree, at: number): number[] | null {
  if (tree.first[at]! < 0) return null;
  const found: number[] = [];
  for (let b = tree.first[at]!; b >= 0; b = tree.next[b]!) found.push(b);
  return found;
}

/** The bodies of one of d3's quads (null: an inner one), first to last. */
function d3LeafOf(quad: QuadtreeInternalNode<Spot> | QuadtreeLeaf<Spot>): number[] | null {
  if (quad.length) return null;
  const found: number[] = [];
  for (let leaf: QuadtreeLeaf<Spot> | undefined = quad; leaf; leaf = leaf.next) found.push(leaf.data.index);
  return found;
}

describe('actor-network quadtree', () => {
  for (const skipBelow of [0, 40, 300])
    it(`is d3-quadtree's tree, visited in its order with its bounds (skipping quads under ${skipBelow} px)`, () => {
      const list = bodies(3000);
      const record =
        (seen: unknown[], bodiesOf: (quad: never) => number[] | null) =>
        (quad: unknown, x0: number, y0: number, x1: number, y1: number) => {
          seen.push(JSON.stringify(bodiesOf(quad as never)), x0, y0, x1, y1);
          return x1 - x0 < skipBelow;
        };
      const d3: unknown[] = [];
      const seen: unknown[] = [];
      d3Tree(list).visit(record(d3, d3LeafOf));
      const tree = ours(list);
      visit(
        tree,
        record(seen, (at: number) => leafOf(tree, at)),
      );
      expect(seen.length).to.be.greaterThan(skipBelow ? 20 : 3000 * 5);
      expect(seen.length).to.equal(d3.length);
      const differ = seen.findIndex((v, i) => v !== d3[i]);
      expect(differ, `first difference at ${differ}`).to.equal(-1);
    });

  it('is rebuilt in place, in the last spatial order, and lists every node once, parents first', () => {
    const list = bodies(500);
    const tree = ours(list);
    const meter = { done: 0, due: Infinity };
    const listing = listNodes(tree, meter);
    while (!listing.next().done);
    expect(tree.listed).to.equal(tree.size);
    expect(meter.done).to.equal(tree.size);
    expect(new Set(tree.nodes.subarray(0, tree.listed)).size).to.equal(tree.size);
    expect(tree.nodes[0]).to.equal(tree.root);
    const at = new Map([...tree.nodes.subarray(0, tree.listed)].map((node, i) => [node, i]));
    for (let node = 0; node < tree.size; node++)
      for (let c = 0; c < 4; c++) {
        const kid = tree.kids[4 * node + c]!;
        if (tree.first[node]! < 0 && kid >= 0) expect(at.get(kid)!).to.be.greaterThan(at.get(node)!);
      }
    // A pass's spatial order is the next build's order; the same arrays are reused.
    const kids = tree.kids;
    tree.order.set([...tree.order.keys()].reverse());
    tree.placed = list.length;
    const again = ours(list);
    expect(again).to.equal(tree);
    expect(again.kids).to.equal(kids);
    const d3: unknown[] = [];
    const seen: unknown[] = [];
    d3Tree([...tree.order].map((i) => list[i]!)).visit(
      (quad) => void d3.push(JSON.stringify(d3LeafOf(quad))),
    );
    visit(again, (node) => void seen.push(JSON.stringify(leafOf(again, node))));
    expect(seen).to.deep.equal(d3);
  });

  it('visits nothing without bodies, and a lone body once', () => {
    const seen: unknown[] = [];
    visit(ours([]), (at) => void seen.push(at));
    expect(seen).to.deep.equal([]);
    visit(ours(bodies(1)), (at) => void seen.push(at));
    expect(seen).to.have.length(1);
    const nowhere = [{ index: 0, x: NaN, y: 1 }];
    visit(ours(nowhere), (at) => void seen.push(at));
    expect(seen).to.have.length(1);
  });

  it('grows when two bodies nearly at one point take many quads to part', () => {
    const list = [
      { index: 0, x: 0, y: 0 },
      { index: 1, x: 1000, y: 1000 },
      { index: 2, x: 500, y: 500 },
      { index: 3, x: 500 + 1e-9, y: 500 },
    ];
    const tree = ours(list);
    expect(tree.size).to.be.greaterThan(2 * list.length + 8);
    const d3: unknown[] = [];
    const seen: unknown[] = [];
    d3Tree(list).visit(
      (quad, x0, y0, x1, y1) => void d3.push(JSON.stringify(d3LeafOf(quad)), x0, y0, x1, y1),
    );
    visit(tree, (node, x0, y0, x1, y1) => void seen.push(JSON.stringify(leafOf(tree, node)), x0, y0, x1, y1));
    expect(seen).to.deep.equal(d3);
  });
});
