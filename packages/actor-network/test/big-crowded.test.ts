import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { runSteps } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { bigModelSteps } from '../src/big-model.js';
import { MIN_RADIUS, clearRadius } from '../src/clear-radius.js';
import type { Point } from '../src/geometry.js';
import { buildGraph } from '../src/graph.js';
import type { NetworkModel, NodeModel } from '../src/layout.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';

/** `count` points on a square grid `step` apart, from (10, 10). */
const grid = (count: number, step: number): Point[] => {
  const side = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => ({
    x: 10 + (i % side) * step,
    y: 10 + Math.floor(i / side) * step,
  }));
};

/** The shown nodes with a neighbour closer than the sum of their radii. */
const overlapping = (nodes: readonly NodeModel[]) => {
  const shown = nodes.filter((n) => !n.hidden);
  return shown.filter((a) => shown.some((b) => a !== b && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r))
    .length;
};

/** Resting labels whose box overlaps a node's box (but their own). */
const labelsOnNodes = (model: NetworkModel) =>
  model.nodes
    .filter((n) => n.label.visible)
    .filter((n) =>
      model.nodes.some((o) => {
        const b = n.label.box;
        return (
          o !== n &&
          !o.hidden &&
          o.x + o.r > b.x &&
          o.x - o.r < b.x + b.width &&
          o.y + o.r > b.y &&
          o.y - o.r < b.y + b.height
        );
      }),
    )
    .map((n) => n.node.id);

describe('a big graph squeezed into a narrow box (clear-radius.ts)', () => {
  it('keeps the radius where the points are far enough apart', () => {
    expect(runSteps(clearRadius(grid(400, 20), 4, 64))).to.equal(4);
  });

  it('draws smaller where they are closer, down to a minimum', () => {
    expect(runSteps(clearRadius(grid(400, 5), 4, 64))).to.equal(2.5);
    expect(runSteps(clearRadius(grid(400, 1), 4, 64))).to.equal(MIN_RADIUS);
  });

  it('lets one point in a hundred touch a neighbour', () => {
    const points = grid(400, 20);
    // Two pairs pressed together: four points of 400, one in a hundred.
    points.push({ x: points[0]!.x + 1, y: points[0]!.y }, { x: points[50]!.x + 1, y: points[50]!.y });
    expect(runSteps(clearRadius(points, 4, 64))).to.equal(4);
    points.push({ x: points[99]!.x + 1, y: points[99]!.y }, { x: points[150]!.x + 1, y: points[150]!.y });
    expect(runSteps(clearRadius(points, 4, 64))).to.equal(MIN_RADIUS);
  });

  it('the model of a crowded layout draws its nodes apart, and no resting label on a node', () => {
    const graph = buildGraph(syntheticDataset(LARGE_GRAPH + 150, (LARGE_GRAPH + 150) * 2));
    const count = graph.nodes.length;
    // 20 columns 6 px apart: nodes of radius 4 would cover each other.
    const crowded = runSteps(bigModelSteps(graph, grid(count, 6), 375, 488));
    expect(crowded.metrics.r).to.equal(3);
    expect(crowded.nodes.every((n) => n.r === 3)).to.equal(true);
    expect(overlapping(crowded.nodes)).to.be.at.most(count / 100);
    expect(labelsOnNodes(crowded)).to.deep.equal([]);
    const spacious = runSteps(bigModelSteps(graph, grid(count, 40), 1280, 896));
    expect(spacious.metrics.r).to.equal(4);
    expect(spacious.nodes.filter((n) => n.label.visible).length).to.be.above(0);
    expect(labelsOnNodes(spacious)).to.deep.equal([]);
  });
});

describe('<actor-network> with a big graph at 375 px', () => {
  it('draws at most one node in a hundred touching another, and no resting label on a node', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:375px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = syntheticDataset(LARGE_GRAPH + 150, (LARGE_GRAPH + 150) * 2);
    wrap.append(el);
    for (let i = 0; i < 1500 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
      await aTimeout(20);
    await el.updateComplete;
    const model = (el as unknown as { model: NetworkModel }).model;
    const shown = model.nodes.filter((n) => !n.hidden).length;
    expect(model.metrics.large).to.equal(true);
    expect(overlapping(model.nodes)).to.be.at.most(shown / 100);
    expect(labelsOnNodes(model)).to.deep.equal([]);
  });
});
