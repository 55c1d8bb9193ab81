import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { defaultDataset, validateDataset } from '@nutgraf/core';
import type { Dataset, NetworkPositions } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { buildGraph } from '../src/graph.js';
import { fitPositions } from '../src/fit.js';
import { forceInput, layoutNetwork, metrics } from '../src/layout.js';
import { runLayout } from '../src/layout-runner.js';
import type { Point } from '../src/geometry.js';
import { margins, pinOf, pinPoint } from '../src/pins.js';
import { syntheticDataset } from '../src/synthetic.js';

/** The default dataset with `positions` pinned. */
const pinned = (positions: NetworkPositions): Dataset => ({
  ...defaultDataset,
  presentation: {
    ...defaultDataset.presentation,
    network: { ...defaultDataset.presentation?.network, positions },
  },
});

const graph = buildGraph(defaultDataset);
const ids = graph.nodes.map((n) => n.id);
const pins: NetworkPositions = { [ids[0]!]: [0.1, 0.1], [ids[1]!]: [0.9, 0.8], [ids[2]!]: [0.5, 0.5] };

describe('actor-network pinned positions (layout)', () => {
  for (const [width, height] of [
    [800, 560],
    [375, 488],
  ] as const)
    it(`pinned nodes end exactly where pinned; the rest settle inside the box, clear of them (${width} px)`, () => {
      const m = metrics(ids.length, width);
      const model = layoutNetwork(graph, width, height, { pins });
      const pad = margins(width, m);
      // The middle of the frame is the middle of the box, whatever the margins.
      expect([model.nodes[2]!.x, model.nodes[2]!.y]).to.deep.equal([width / 2, height / 2]);
      expect(model.nodes[0]!.x).to.be.closeTo(pad.x + 0.1 * (width - 2 * pad.x), 0.05);
      expect(model.nodes[1]!.y).to.be.closeTo(pad.y + 0.8 * (height - 2 * pad.y), 0.05);
      for (let i = 0; i < 3; i++)
        expect(model.nodes[i]).to.include(pinPoint(pins[ids[i]!]!, width, height, m));
      const free = model.nodes.slice(3);
      let atWall = 0;
      for (const n of free) {
        expect(n.x).to.be.within(pad.x, width - pad.x);
        expect(n.y).to.be.within(pad.y, height - pad.y);
        if (n.x === pad.x || n.x === width - pad.x || n.y === pad.y || n.y === height - pad.y) atWall++;
        for (const p of model.nodes.slice(0, 3))
          expect(Math.hypot(n.x - p.x, n.y - p.y), `${n.node.id} beside ${p.node.id}`).to.be.greaterThan(
            4 * m.r,
          );
        for (const o of free)
          if (o !== n) expect(Math.hypot(n.x - o.x, n.y - o.y)).to.be.greaterThan(2 * m.r);
      }
      // They settle among the pins, not piled against the edges.
      expect(atWall).to.be.lessThan(free.length / 2);
    });

  it('the same seed gives the same picture; another seed moves only the free nodes', () => {
    const at = (seed: number) => layoutNetwork(graph, 800, 560, { pins, seed }).nodes.map((n) => [n.x, n.y]);
    const a = at(1);
    expect(at(1)).to.deep.equal(a);
    const b = at(2);
    expect(b.slice(0, 3)).to.deep.equal(a.slice(0, 3));
    expect(b.slice(3)).to.not.deep.equal(a.slice(3));
  });

  it("reads the dataset's pins unless told otherwise; none pinned is the free layout", () => {
    const data = buildGraph(pinned(pins));
    const fromData = layoutNetwork(data, 800, 560).nodes.map((n) => [n.x, n.y]);
    expect(fromData).to.deep.equal(layoutNetwork(graph, 800, 560, { pins }).nodes.map((n) => [n.x, n.y]));
    const free = layoutNetwork(graph, 800, 560).nodes.map((n) => [n.x, n.y]);
    expect(layoutNetwork(data, 800, 560, { pins: {} }).nodes.map((n) => [n.x, n.y])).to.deep.equal(free);
    expect(fromData).to.not.deep.equal(free);
    expect(forceInput(graph, 800, 560, 1, { nobody: [0.5, 0.5] }).fixed).to.equal(undefined);
  });

  it('a place becomes a pin (3 decimals, 0 to 1) and the pin the same place within a pixel', () => {
    const m = metrics(30, 800);
    for (const p of [
      { x: 123.4, y: 456.7 },
      { x: 400, y: 280 },
      { x: 61.3, y: 41.9 },
    ]) {
      const pin = pinOf(p, 800, 560, m);
      for (const f of pin) expect(Math.round(f * 1000)).to.equal(f * 1000);
      const back = pinPoint(pin, 800, 560, m);
      expect(Math.abs(back.x - p.x)).to.be.below(1);
      expect(Math.abs(back.y - p.y)).to.be.below(1);
    }
    expect(pinOf({ x: -50, y: 9999 }, 800, 560, m)).to.deep.equal([0, 1]);
  });

  it('a big graph laid out in a worker keeps its pins', async () => {
    const big = buildGraph(syntheticDataset(300, 600));
    const [width, height] = [900, 630];
    const bigPins: NetworkPositions = { [big.nodes[5]!.id]: [0.25, 0.75], [big.nodes[9]!.id]: [1, 0] };
    const input = forceInput(big, width, height, 1, bigPins);
    expect(input.fixed).to.have.length(300);
    const settled = await new Promise<Point[]>((resolve, reject) => {
      runLayout(input, resolve, reject);
    });
    const m = metrics(300, width);
    const fitted = fitPositions(settled, width, height, m, input.fixed);
    expect(fitted[5]).to.deep.equal(pinPoint([0.25, 0.75], width, height, m));
    expect(fitted[9]).to.deep.equal(pinPoint([1, 0], width, height, m));
    expect(settled[5]!.x).to.be.closeTo(fitted[5]!.x - width / 2, 1e-9);
  });

  it('validates pins: numbers outside 0–1 are problems naming the field; unknown ids are left out with a warning', () => {
    const bad = validateDataset(pinned({ [ids[0]!]: [0.5, 1.5], [ids[1]!]: [-0.1, 0.2] }));
    expect(bad.ok).to.equal(false);
    const paths = !bad.ok ? bad.problems.map((p) => p.path) : [];
    expect(paths).to.include(`$.presentation.network.positions.${ids[0]}[1]`);
    expect(paths).to.include(`$.presentation.network.positions.${ids[1]}[0]`);
    const unknown = validateDataset(pinned({ [ids[0]!]: [0.5, 0.5], nobody: [0.1, 0.1] }));
    expect(unknown.ok).to.equal(true);
    if (!unknown.ok) return;
    expect(unknown.warnings.map((w) => w.path)).to.include('$.presentation.network.positions.nobody');
    expect(unknown.dataset.presentation?.network?.positions).to.deep.equal({ [ids[0]!]: [0.5, 0.5] });
    expect(validateDataset(pinned({ [ids[0]!]: [0.5] as unknown as [number, number] })).ok).to.equal(false);
  });
});

async function ready(el: ActorNetwork): Promise<void> {
  for (let i = 0; i < 200 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
}

async function mount(data: Dataset, authoring = false): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:800px">
      <actor-network .data=${data} ?authoring=${authoring}></actor-network>
    </div>`,
  );
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  await ready(el);
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const centre = (el: ActorNetwork, id: string) => {
  const t = $(el, `.node[data-entity="${id}"] .target`)!;
  return { x: Number(t.getAttribute('cx')), y: Number(t.getAttribute('cy')) };
};
const frame = (el: ActorNetwork) =>
  $(el, 'svg.chart')!.getAttribute('viewBox')!.split(' ').slice(2).map(Number) as [number, number];

const pointer = (target: Element, type: string, x: number, y: number) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerId: 9,
      button: 0,
      pointerType: 'mouse',
      clientX: x,
      clientY: y,
    }),
  );

/** Drags node `id` by (dx, dy) screen px. */
async function drag(el: ActorNetwork, id: string, dx: number, dy: number): Promise<void> {
  const n = $(el, `.node[data-entity="${id}"]`)!;
  const box = n.querySelector('.target')!.getBoundingClientRect();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  pointer(n, 'pointerdown', x, y);
  for (let i = 1; i <= 5; i++) pointer(n, 'pointermove', x + (i * dx) / 5, y + (i * dy) / 5);
  pointer(n, 'pointerup', x + dx, y + dy);
  await el.updateComplete;
}

describe('<actor-network> pinned positions and authoring', () => {
  it('draws pinned nodes at their fraction of the frame', async () => {
    const el = await mount(pinned({ [ids[0]!]: [0.5, 0.5], [ids[3]!]: [0.2, 0.3] }));
    const [width, height] = frame(el);
    expect(centre(el, ids[0]!)).to.deep.equal({ x: width / 2, y: height / 2 });
    const m = metrics(ids.length, width);
    expect(centre(el, ids[3]!)).to.deep.equal(pinPoint([0.2, 0.3], width, height, m));
    const pad = margins(width, m);
    expect(centre(el, ids[3]!).x).to.be.closeTo(pad.x + 0.2 * (width - 2 * pad.x), 0.05);
  });

  it('without authoring there is no button', async () => {
    const el = await mount(defaultDataset);
    expect($(el, '.authoring')).to.equal(null);
    const copy = () =>
      [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent === 'Copy positions');
    expect(copy()).to.have.length(0);
    el.authoring = true;
    await el.updateComplete;
    expect(copy()).to.have.length(1);
    expect(el.hasAttribute('authoring')).to.equal(true);
  });

  it('in authoring mode a dragged node is pinned: the copied JSON, fed back, draws it where it was dropped', async () => {
    const el = await mount(defaultDataset, true);
    const id = ids[4]!;
    const before = centre(el, id);
    // Towards the middle: a place past the margins would be pinned at the margin.
    const [width, height] = frame(el);
    await drag(el, id, before.x < width / 2 ? 60 : -60, before.y < height / 2 ? 40 : -40);
    const dropped = centre(el, id);
    expect(Math.hypot(dropped.x - before.x, dropped.y - before.y)).to.be.greaterThan(20);
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText;
    let text = '';
    clipboard.writeText = (t: string) => {
      text = t;
      return Promise.resolve();
    };
    try {
      ($(el, '.authoring button') as HTMLButtonElement).click();
      await waitUntil(() => text, 'the positions are copied');
    } finally {
      clipboard.writeText = write;
    }
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Positions copied.'), 'it says so');
    const positions = JSON.parse(text) as NetworkPositions;
    expect(Object.keys(positions)).to.have.members(ids);
    for (const [x, y] of Object.values(positions)) {
      expect(x).to.be.within(0, 1);
      expect(y).to.be.within(0, 1);
    }
    // Pinned: a new layout at this size (here, another seed) keeps the node where it was dropped.
    el.seed = 5;
    await aTimeout(0);
    await ready(el);
    const kept = centre(el, id);
    expect(Math.abs(kept.x - dropped.x)).to.be.below(1);
    expect(Math.abs(kept.y - dropped.y)).to.be.below(1);
    const again = await mount(pinned(positions));
    const back = centre(again, id);
    expect(Math.abs(back.x - dropped.x)).to.be.below(1);
    expect(Math.abs(back.y - dropped.y)).to.be.below(1);
  });

  it('shows the JSON in a read-only box under the graphic when there is no clipboard', async () => {
    const el = await mount(defaultDataset, true);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      ($(el, '.authoring button') as HTMLButtonElement).click();
      await waitUntil(() => $(el, '.authoring textarea'), 'the box shows');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    const box = $(el, '.authoring textarea') as HTMLTextAreaElement;
    expect(box.readOnly).to.equal(true);
    expect(box.getAttribute('aria-label')).to.equal('Node positions (JSON)');
    expect(Object.keys(JSON.parse(box.value) as object)).to.have.members(ids);
    expect(navigator.clipboard).to.not.equal(undefined);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('under the graphic'), 'it says where');
  });
});
