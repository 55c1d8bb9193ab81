import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { Dataset } from '@nutgraf/core';
import type { ActorNetwork } from '../src/actor-network.js';
import { buildBigGraph } from '../src/big-graph.js';
import { paintPreview } from '../src/canvas-draw.js';
import { squares } from '../src/sketch.js';
import { ready } from '../src/canvas-surface.js';
import type { Graph } from '../src/graph.js';
import { buildGraph, graphSteps } from '../src/graph.js';
import type { NetworkModel } from '../src/layout.js';
import { factSteps, legendFacts } from '../src/key.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';
import { pixelsAt } from './fixtures.js';

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** A synthetic dataset with members of the first entity, declared as a grouping drawn as an area. */
function withGrouping(nodes: number): Dataset {
  const d = syntheticDataset(nodes, nodes * 2);
  const members = Array.from({ length: 6 }, (_, i) => ({
    ...d.relations[0]!,
    id: `m${i}`,
    type: 't1',
    source: `n${nodes - 1 - i}`,
    target: 'n0',
    certainty: 'asserted' as const,
    polarity: undefined,
  }));
  return {
    ...d,
    relations: [...d.relations, ...members],
    groupings: [{ id: 'g', label: 'Members', from: { type: 't1', target: 'n0' } }],
  };
}

describe('a big graph built in slices', function () {
  this.timeout(60000);

  for (const memberships of ['edges', 'auto'] as const)
    it(`in steps, gives the graph built at once (${memberships} memberships)`, () => {
      const data = withGrouping(LARGE_GRAPH + 200);
      const options = { memberships, lang: 'en', compact: true };
      const steps = graphSteps(data, options, 64);
      let yields = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) yields++;
      // Every 64 entities twice over (names, then nodes), every 64 relations, and every 64 kept
      // relations again (each node's list of its relations).
      const kept = r.value.edges.length + r.value.grouped.length;
      expect(yields).to.equal(
        2 * Math.floor(data.entities.length / 64) +
          Math.floor(data.relations.length / 64) +
          Math.floor(kept / 64),
      );
      expect(r.value).to.deep.equal(buildGraph(data, options));
      if (memberships === 'auto') expect(r.value.groups.length).to.equal(1);
    });

  it('counts what its key and notes say in steps, as the data says, and keeps it for the graph', () => {
    const base = withGrouping(LARGE_GRAPH + 200);
    const data: Dataset = {
      ...base,
      entities: base.entities.map((e, i) => (i === 7 ? { ...e, basis: 'outside' as const } : e)),
      relations: base.relations.map((r, i) => (i === 5 ? { ...r, polarity: 'negative' as const } : r)),
    };
    const graph = buildGraph(data, { memberships: 'auto' });
    expect(graph.grouped.length, 'memberships drawn as a group count too').to.be.greaterThan(0);
    const steps = factSteps(graph, 64);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    const items =
      graph.nodes.length +
      2 * graph.edges.length +
      graph.grouped.length +
      data.entities.length +
      data.relations.length;
    expect(yields).to.equal(Math.floor(items / 64));
    // What the data says, counted here another way.
    const counts = new Map<string, number>();
    for (const e of graph.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    const line = (c: string) => (c === 'asserted' || c === 'reported' ? c : 'hypothetical');
    expect(r.value).to.deep.equal({
      kinds: [...new Set(graph.nodes.map((n) => n.kind))],
      styles: new Set([...graph.edges, ...graph.grouped].map((e) => line(e.certainty))),
      negative: true,
      counts,
      outside: true,
    });
    expect(legendFacts(graph), 'kept for the graph').to.equal(r.value);
    // Without the negative relation and the outside entity, neither is said.
    const plain = legendFacts(buildGraph(base, { memberships: 'auto' }));
    expect([plain.negative, plain.outside]).to.deep.equal([
      base.relations.some((x) => x.polarity === 'negative'),
      base.entities.some((x) => x.basis === 'outside') || base.relations.some((x) => x.basis === 'outside'),
    ]);
  });

  it('in tasks of its own, then hands the graph to the caller', async () => {
    const data = syntheticDataset(3000, 9000);
    let graph: Graph | undefined;
    const done = new Promise<void>((resolve) =>
      buildBigGraph(data, { memberships: 'auto' }, (g) => {
        graph = g;
        resolve();
      }),
    );
    expect(graph, 'nothing is built in the calling task').to.equal(undefined);
    await done;
    expect(graph).to.deep.equal(buildGraph(data, { memberships: 'auto' }));
  });

  it('stops when asked, and hands nothing over', async () => {
    let called = false;
    const stop = buildBigGraph(syntheticDataset(3000, 9000), {}, () => (called = true));
    stop();
    await aTimeout(300);
    expect(called).to.equal(false);
  });
});

describe('a big graph being built', function () {
  this.timeout(60000);

  it('takes updates meanwhile (a type filter, a seed) and applies them once built', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = syntheticDataset(20000, 60000);
    wrap.append(el);
    const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
    // Built in slices: the loading state shows, with no legend (no graph) yet.
    const building = () => el.layoutRunning && !!$('.state[data-kind="loading"]') && !$('.legends');
    for (let i = 0; i < 500 && !building(); i++) await aTimeout(0);
    expect(building(), 'the graph is being built').to.equal(true);
    el.types = 't2';
    el.seed = 3;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    for (let i = 0; i < 1000 && !$('.legends [role="toolbar"]'); i++) await aTimeout(10);
    const pressed = [...el.shadowRoot!.querySelectorAll('button.legend-item')].map((b) =>
      b.getAttribute('aria-pressed'),
    );
    expect(pressed).to.deep.equal(['false', 'true', 'false', 'false', 'false', 'false']);
    expect($('.state[data-kind="error"]')).to.equal(null);
    el.remove();
  });
});

describe('a big graph’s legend', function () {
  this.timeout(60000);

  it('counts the relations of each type, before and after a hover', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    const data = syntheticDataset(LARGE_GRAPH + 50, 2 * (LARGE_GRAPH + 50));
    el.data = data;
    wrap.append(el);
    for (let i = 0; i < 1500 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
      await aTimeout(20);
    await el.updateComplete;
    // The counts from the data: every relation with two distinct ends, by type.
    const expected = new Map<string, number>();
    for (const r of data.relations)
      if (r.source !== r.target) expected.set(r.type, (expected.get(r.type) ?? 0) + 1);
    const counts = () =>
      new Map(
        [...el.shadowRoot!.querySelectorAll('button.legend-item')].map((b) => [
          data.relationTypes.find((t) => t.label === b.querySelector('.legend-label')!.textContent)!.id,
          Number(b.querySelector('.legend-note')!.textContent!.replace(/\D/g, '')),
        ]),
      );
    expect(counts()).to.deep.equal(expected);
    // Hover a node's place on the canvas.
    const model = (el as unknown as { model: NetworkModel }).model;
    const n = model.nodes.find((x) => x.node.degree > 0)!;
    const g = el.shadowRoot!.querySelector('svg.chart > g') as SVGGElement;
    const p = new DOMPoint(n.x, n.y).matrixTransform(g.getScreenCTM()!);
    const chart = el.shadowRoot!.querySelector('svg.chart')!;
    setTimeout(() =>
      chart.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          pointerType: 'mouse',
          clientX: p.x,
          clientY: p.y,
        }),
      ),
    );
    const hi = await oneEvent(el, 'nutgraf-highlight');
    expect(hi.detail.entity).to.equal(n.node.id);
    await el.updateComplete;
    expect(counts()).to.deep.equal(expected);
  });
});

describe('early positions of a big layout', () => {
  /** A shadow root holding a `canvas.preview` of `width` × `height` CSS px, in the colour `color`. */
  async function previewCanvas(width: number, height: number, color: string) {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const canvas = document.createElement('canvas');
    canvas.className = 'preview';
    canvas.style.cssText = `display:block;width:${width}px;height:${height}px;color:${color}`;
    root.append(canvas);
    return { root, canvas };
  }

  /** The RGBA of the canvas pixel at (`x`, `y`) CSS px. */
  const pixel = (canvas: HTMLCanvasElement, x: number, y: number) => {
    const box = canvas.getBoundingClientRect();
    return [...pixelsAt(canvas, { x: box.x + x, y: box.y + y }, 0.5 / devicePixelRatio)].slice(0, 4);
  };

  // The worker that draws them has answered (the element starts it with its layout).
  before(() => ready());

  it('are dots of the nodes’ size in the text colour at 35 %, where the box puts them', async () => {
    const { root, canvas } = await previewCanvas(200, 100, 'rgb(200, 20, 40)');
    // The box is twice the canvas: every unit is half a CSS px.
    paintPreview(
      root,
      squares(
        [
          { x: 100, y: 50 },
          { x: 300, y: 150 },
        ],
        8,
      ),
      { width: 400, height: 200 },
    );
    await waitUntil(() => pixel(canvas, 50, 25)[3]! > 0, 'the first dot is drawn');
    for (const [x, y] of [
      [50, 25],
      [150, 75],
      [152, 77],
    ])
      // (Within a unit: the canvas keeps its colours multiplied by their alpha.)
      pixel(canvas, x, y).forEach((v, i) => expect(v, `${x}, ${y}`).to.be.closeTo([200, 20, 40, 89][i]!, 1));
    // Beyond a dot's half size (4 CSS px) and in a corner: nothing.
    for (const [x, y] of [
      [56, 25],
      [2, 2],
    ])
      expect(pixel(canvas, x, y)[3], `${x}, ${y}`).to.equal(0);
  });

  it('draws every dot of many, over frames, and a new drawing replaces the one under way', async () => {
    const { root, canvas } = await previewCanvas(300, 300, 'rgb(0, 0, 0)');
    const box = { width: 300, height: 300 };
    // 40,000 dots on a grid, the last one alone in a corner.
    const grid = Array.from({ length: 40000 }, (_, i) => ({
      x: 20 + (i % 200),
      y: 20 + Math.floor(i / 200),
    }));
    grid[grid.length - 1] = { x: 290, y: 290 };
    paintPreview(root, squares([{ x: 10, y: 10 }], 1), box);
    paintPreview(root, squares(grid, 1), box);
    for (let i = 0; i < 200 && pixel(canvas, 290, 290)[3] === 0; i++) await frames(1);
    expect(pixel(canvas, 290, 290)[3], 'the last dot').to.equal(89);
    expect(pixel(canvas, 100, 100)[3], 'a dot in the middle').to.equal(89);
    expect(pixel(canvas, 10, 10)[3], 'the replaced drawing').to.equal(0);
  });
});
