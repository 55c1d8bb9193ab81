import { expect } from '@open-wc/testing';
import { runSteps } from '@nutgraf/core';
import { indexNodes, moveIndexed, nodeAt, nodeTouches } from '../src/canvas-hit.js';
import type { GraphNode } from '../src/graph.js';
import type { NodeModel } from '../src/layout.js';
import { lcg } from '../src/random.js';

/** `count` nodes of radius 4 at seeded places in a 600 × 400 box. */
const scattered = (count: number): NodeModel[] => {
  const random = lcg(7);
  return Array.from({ length: count }, (_, index) => ({
    node: {} as GraphNode,
    index,
    x: random() * 600,
    y: random() * 400,
    r: 4,
    label: { id: '', x: 0, y: 0, anchor: 'start', box: { x: 0, y: 0, width: 0, height: 0 }, visible: false },
    hidden: false,
  }));
};

/** The nearest shown node within `radius` of `p`, by looking at every one. */
const nearest = (nodes: readonly NodeModel[], p: { x: number; y: number }, radius: number) => {
  let [found, least] = [-1, radius];
  for (const n of nodes) {
    const d = Math.hypot(n.x - p.x, n.y - p.y);
    if (!n.hidden && d < least) [found, least] = [n.index, d];
  }
  return found;
};

describe('the hit index of a big graph’s nodes', () => {
  it('finds the node a look at every node finds, or none, wherever the pointer is', () => {
    const nodes = scattered(2000);
    runSteps(indexNodes(nodes, 256));
    const random = lcg(11);
    let found = 0;
    for (let k = 0; k < 500; k++) {
      const p = { x: random() * 640 - 20, y: random() * 440 - 20 };
      const radius = 2 + random() * 20;
      const want = nearest(nodes, p, radius);
      expect(nodeAt(nodes, p, radius), `at ${p.x}, ${p.y} within ${radius}`).to.equal(want);
      if (want >= 0) found++;
    }
    // Both cases were asked about.
    expect(found).to.be.above(50).and.below(450);
  });

  it('does not find a node folded into a count, and finds it again once shown', () => {
    const nodes = scattered(300);
    runSteps(indexNodes(nodes, 64));
    const n = nodes[42]!;
    expect(nodeAt(nodes, n, 1)).to.equal(42);
    n.hidden = true;
    expect(nodeAt(nodes, n, 1)).to.equal(-1);
    n.hidden = false;
    expect(nodeAt(nodes, n, 1)).to.equal(42);
  });

  it('finds a dragged node at its new place and no longer at its old one', () => {
    const nodes = scattered(300);
    runSteps(indexNodes(nodes, 64));
    const n = nodes[7]!;
    const from = { x: n.x, y: n.y };
    const to = { x: from.x > 300 ? from.x - 250 : from.x + 250, y: from.y };
    moveIndexed(nodes, n, to);
    expect([n.x, n.y]).to.deep.equal([to.x, to.y]);
    expect(nodeAt(nodes, to, 0.5)).to.equal(7);
    expect(nodeAt(nodes, from, 0.5)).to.not.equal(7);
    expect(nodeAt(nodes, from, 0.5)).to.equal(nearest(nodes, from, 0.5));
  });

  it('says whether a box touches a shown node other than its own', () => {
    const nodes = scattered(300);
    runSteps(indexNodes(nodes, 64));
    const self = nodes[3]!;
    const box = { x: self.x + 6, y: self.y - 5, width: 40, height: 10 };
    // By every node's bounding box (its radius around the box), as labels take them.
    const touching = nodes.filter(
      (n) =>
        n !== self &&
        n.x > box.x - self.r &&
        n.x < box.x + box.width + self.r &&
        n.y > box.y - self.r &&
        n.y < box.y + box.height + self.r,
    );
    expect(nodeTouches(nodes, box, self)).to.equal(touching.length > 0);
    for (const n of touching) n.hidden = true;
    expect(nodeTouches(nodes, box, self)).to.equal(false);
    // Over an empty corner, nothing; over another node, that node.
    expect(nodeTouches(nodes, { x: -100, y: -100, width: 10, height: 10 }, self)).to.equal(false);
    const other = nodes[200]!;
    other.hidden = false;
    expect(nodeTouches(nodes, { x: other.x - 1, y: other.y - 1, width: 2, height: 2 }, self)).to.equal(true);
  });
});
