import { expect } from '@open-wc/testing';
import { quadtreeForces } from '../src/big-graph.js';
import { exactForces } from '../src/exact-forces.js';
import { buildGraph } from '../src/graph.js';
import { forceInput } from '../src/layout.js';
import { overlappingNodes } from '../src/overlap.js';
import { createForceLayout, runForceLayout, STEP_WORK, tickCount } from '../src/simulate.js';
import { syntheticDataset } from '../src/synthetic.js';

/** The element's force input for a seeded synthetic graph of `n` nodes (3 edges per node). */
const inputFor = (n: number, seed = 1) =>
  forceInput(
    buildGraph(syntheticDataset(n, 3 * n), { memberships: 'edges', compact: false }),
    1000,
    700,
    seed,
  );

/** The layout's links (one after the other) as pairs of node indices. */
const pairs = (links: ArrayLike<number>) =>
  Array.from({ length: links.length / 2 }, (_, k) => [links[2 * k]!, links[2 * k + 1]!] as const);

describe('actor-network force simulation', function () {
  // Whole layouts of hundreds of nodes, several per test: correctness, not speed (the benchmarks
  // measure time), so a loaded machine gets a minute.
  this.timeout(60000);
  for (const [name, forces] of [
    ['exact', exactForces],
    ['Barnes–Hut', quadtreeForces],
  ] as const)
    it(`gives the same positions for the same seed, other positions for another seed (${name})`, () => {
      const input = inputFor(300);
      const a = runForceLayout(input, forces);
      expect(runForceLayout(inputFor(300), forces)).to.deep.equal(a);
      expect(runForceLayout({ ...input, seed: 2 }, forces)).to.not.deep.equal(a);
    });

  it('draws a picture of the same quality with exact and Barnes–Hut forces', () => {
    // A force layout is chaotic: a tiny difference in force moves nodes elsewhere, so the
    // pictures are compared by what a reader sees: overlaps, link lengths and spread.
    const input = inputFor(120);
    const shape = (p: { x: number; y: number }[]) => ({
      link: pairs(input.links).reduce(
        (sum, [s, t]) => sum + Math.hypot(p[s]!.x - p[t]!.x, p[s]!.y - p[t]!.y),
        0,
      ),
      spread: p.reduce((sum, q) => sum + Math.hypot(q.x, q.y), 0),
    });
    const exact = runForceLayout(input, exactForces);
    const approx = runForceLayout(input, quadtreeForces);
    expect(overlappingNodes(exact, input.radii)).to.equal(0);
    expect(overlappingNodes(approx, input.radii)).to.equal(0);
    const [a, b] = [shape(exact), shape(approx)];
    expect(b.link / a.link).to.be.within(0.9, 1.1);
    expect(b.spread / a.spread).to.be.within(0.9, 1.1);
  });

  it('refuses a link to a node that is not there, naming it, rather than lay out NaN', () => {
    const input = { count: 3, links: [0, 1, 2, 5], radii: [4, 4, 4], width: 100, height: 100 };
    for (const forces of [exactForces, quadtreeForces])
      expect(() => createForceLayout(input, forces)).to.throw(
        RangeError,
        'link 1 ends at 5, not one of 3 nodes',
      );
    expect(() => createForceLayout({ ...input, links: [0, -1] })).to.throw(RangeError, 'link 0 ends at -1');
  });

  it('gives the same positions however its work is cut into steps', () => {
    const input = inputFor(300);
    const layout = createForceLayout(input, quadtreeForces);
    while (!layout.done) layout.step(1);
    expect(layout.positions()).to.deep.equal(runForceLayout(input, quadtreeForces));
    expect(layout.ticks).to.equal(tickCount(300));
  });

  it('settles a 1,000-node graph with at most 1 % of its nodes overlapping', () => {
    const input = inputFor(1000);
    const layout = createForceLayout(input, quadtreeForces);
    layout.step(Infinity);
    expect(layout.ticks).to.equal(tickCount(1000));
    expect(overlappingNodes(layout.positions(), input.radii)).to.be.at.most(10);
  });

  it('keeps an actor with no relation near the others on a big graph, not far out', () => {
    const input = inputFor(1000);
    const degree = new Array<number>(input.count).fill(0);
    for (const [s, t] of pairs(input.links)) {
      degree[s]!++;
      degree[t]!++;
    }
    const lone = degree.flatMap((d, i) => (d ? [] : [i]));
    expect(lone.length, 'the synthetic graph has actors with no relation').to.be.above(0);
    const p = runForceLayout(input, quadtreeForces);
    const from = (i: number) => Math.hypot(p[i]!.x, p[i]!.y);
    const linked = degree.flatMap((d, i) => (d ? [from(i)] : [])).sort((a, b) => a - b);
    // No farther out than the farthest tenth of the linked actors' rim.
    const rim = linked[Math.floor(linked.length * 0.9)]!;
    for (const i of lone) expect(from(i), `actor ${i}`).to.be.at.most(rim * 1.5);
  });

  it('splits even one tick of a big graph into steps that never run past their budget', () => {
    const layout = createForceLayout(inputFor(3000), quadtreeForces);
    const steps: number[] = [];
    // The first two ticks, one step at a time, counting units of work (never time).
    while (layout.ticks < 2) {
      const before = layout.work;
      layout.step(1);
      steps.push(layout.work - before);
    }
    // A step ends at the first item boundary once its budget is used: one body's pass over a
    // quadtree at most (a few hundred units) past it.
    expect(Math.max(...steps)).to.be.below(STEP_WORK + 1024);
    expect(steps.slice(0, -1).every((w) => w >= STEP_WORK)).to.equal(true);
    // One tick of 3,000 nodes is dozens of steps, not one.
    expect(steps.length / 2).to.be.above(40);
  });
});
