import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import type { NetworkModel } from '../src/layout.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { bendControl, curveMiddle } from '../src/geometry.js';
import { syntheticDataset } from '../src/synthetic.js';
import { pixelsAt } from './fixtures.js';

/** A big graph (drawn on a canvas) with few enough relations that some pass far from the rest. */
const NODES = LARGE_GRAPH + 50;
const EDGES = NODES / 2;
const DATA = syntheticDataset(NODES, EDGES);
/** The type of relation `id` of the dataset. */
const typeOf = (id: string) => DATA.relationTypes.find((t) => t.id === id)!;

interface P {
  x: number;
  y: number;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const modelOf = (el: ActorNetwork) => (el as unknown as { model: NetworkModel }).model;
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function mount(data = DATA): Promise<ActorNetwork> {
  await setViewport({ width: 1000, height: 1000 });
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
  const el = document.createElement('actor-network') as ActorNetwork;
  el.data = data;
  wrap.append(el);
  for (let i = 0; i < 1500 && (el.layoutRunning || !$(el, 'svg.chart')); i++) await aTimeout(20);
  await el.updateComplete;
  await frames();
  expect($(el, 'canvas.base'), 'the graph is drawn on a canvas').to.not.equal(null);
  return el;
}

/** Model units to client px, through the chart's zoomed group. */
function toClient(el: ActorNetwork, p: P): P {
  const q = new DOMPoint(p.x, p.y).matrixTransform(($(el, 'svg.chart > g') as SVGGElement).getScreenCTM()!);
  return { x: q.x, y: q.y };
}

/** Distance from `p` to the segment `a`–`b`. */
function toSegment(p: P, a: P, b: P): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/** Every relation as drawn, in client px: its id, source and target ids and its two ends. */
function lines(el: ActorNetwork) {
  const { nodes, edges } = modelOf(el);
  return edges.map((e) => ({
    edge: e.edge,
    a: toClient(el, nodes[e.source]!),
    b: toClient(el, nodes[e.target]!),
  }));
}

/** The midpoint of the relation that stands clearest of every node and every other line. */
function clearRelation(el: ActorNetwork) {
  const nodes = modelOf(el).nodes.map((n) => toClient(el, n));
  const all = lines(el);
  let best: { line: (typeof all)[number]; at: P; clear: number } | undefined;
  for (const line of all) {
    const at = { x: (line.a.x + line.b.x) / 2, y: (line.a.y + line.b.y) / 2 };
    const clear = Math.min(
      ...nodes.map((n) => Math.hypot(n.x - at.x, n.y - at.y) / 2),
      ...all.filter((l) => l !== line).map((l) => toSegment(at, l.a, l.b)),
    );
    if (!best || clear > best.clear) best = { line, at, clear };
  }
  expect(best!.clear, 'a relation stands clear of the rest').to.be.greaterThan(10);
  return best!;
}

/** A point inside the chart farther than 20 px from every line and node. */
function emptyPoint(el: ActorNetwork): P {
  const box = $(el, 'svg.chart')!.getBoundingClientRect();
  const nodes = modelOf(el).nodes.map((n) => toClient(el, n));
  const all = lines(el);
  for (let y = box.top + 30; y < box.bottom - 30; y += 7)
    for (let x = box.left + 30; x < box.right - 60; x += 7) {
      const p = { x, y };
      if (
        nodes.every((n) => Math.hypot(n.x - x, n.y - y) > 20) &&
        all.every((l) => toSegment(p, l.a, l.b) > 20)
      )
        return p;
    }
  throw new Error('no empty place in the chart');
}

const move = (p: P) => sendMouse({ type: 'move', position: [Math.round(p.x), Math.round(p.y)] });

/** The events of `type` the element fires from now on. */
function record(el: ActorNetwork, type: 'nutgraf-highlight' | 'nutgraf-select') {
  const seen: { entity: string | null; relation?: string }[] = [];
  el.addEventListener(type, (e) => seen.push(e.detail));
  return seen;
}

/** True when some pixel of `canvas` within `half` CSS px of the client point `p` is painted. */
function paintedAt(canvas: HTMLCanvasElement, p: P, half = 2): boolean {
  return pixelsAt(canvas, p, half).some((v, i) => i % 4 === 3 && v > 0);
}

/** `name` as a whole name ("Actor 1" is not in "Actor 12"). */
const named = (name: string) => new RegExp(`${name}(?!\\d)`);

describe('<actor-network> relations under the pointer on a big graph’s canvas', function () {
  this.timeout(60000);

  afterEach(() => resetMouse());

  it('hovering a relation’s line shows its tooltip (both actors, the relation) and draws it on top', async () => {
    const el = await mount();
    const { line, at } = clearRelation(el);
    const top = $(el, 'canvas.top') as HTMLCanvasElement;
    const highlights = record(el, 'nutgraf-highlight');
    await waitUntil(() => !paintedAt(top, at), 'nothing on top yet');
    // A few px beside the line still finds it.
    const [dx, dy] = [line.b.x - line.a.x, line.b.y - line.a.y];
    const l = Math.hypot(dx, dy);
    await move({ x: at.x - (dy / l) * 3, y: at.y + (dx / l) * 3 });
    await waitUntil(() => highlights.length > 0, 'a highlight is fired');
    expect(highlights.at(-1)).to.deep.equal({
      entity: line.edge.source,
      relation: line.edge.id,
      origin: 'actor-network',
    });
    await waitUntil(() => $(el, '.tooltip')!.matches(':popover-open'), 'the tooltip opens');
    const tip = $(el, '.tooltip')!.textContent!;
    const names = modelOf(el).nodes;
    const name = (id: string) => names.find((n) => n.node.id === id)!.node.name;
    expect(tip).to.match(named(name(line.edge.source)));
    expect(tip).to.match(named(name(line.edge.target)));
    // The relation: its type's label and its verb.
    const type = typeOf(line.edge.type);
    expect($(el, '.tooltip-title')!.textContent).to.equal(type.label);
    expect(tip).to.contain(type.verb);
    // The tooltip stands by the line (over or under it, as for a relation drawn in svg).
    const box = $(el, '.tooltip')!.getBoundingClientRect();
    const [top0, bottom0] = [Math.min(line.a.y, line.b.y), Math.max(line.a.y, line.b.y)];
    expect(Math.min(Math.abs(box.top - bottom0), Math.abs(box.bottom - top0)), 'beside the line').to.be.below(
      20,
    );
    expect(box.left).to.be.below(Math.max(line.a.x, line.b.x));
    expect(box.right).to.be.above(Math.min(line.a.x, line.b.x));
    // Highlighted: the rest fades and the relation is drawn on top, at its middle.
    await el.updateComplete;
    await frames(2);
    expect($(el, 'canvas.base')!.classList.contains('dim')).to.equal(true);
    await waitUntil(() => paintedAt(top, at), 'the relation is drawn on top');
  });

  it('a click on the line selects the relation', async () => {
    const el = await mount();
    const { line, at } = clearRelation(el);
    const selects = record(el, 'nutgraf-select');
    await move(at);
    await sendMouse({ type: 'click', position: [Math.round(at.x), Math.round(at.y)] });
    await waitUntil(() => selects.length > 0, 'a select is fired');
    expect(selects).to.have.length(1);
    expect(selects[0]).to.deep.equal({
      entity: line.edge.source,
      relation: line.edge.id,
      origin: 'actor-network',
    });
    // The relation's tooltip stays by it.
    expect($(el, '.tooltip')!.matches(':popover-open')).to.equal(true);
    expect($(el, '.tooltip-title')!.textContent).to.equal(typeOf(line.edge.type).label);
  });

  it('a tap on the line (no hover before) selects the relation', async () => {
    const el = await mount();
    const { line, at } = clearRelation(el);
    const selects = record(el, 'nutgraf-select');
    const chart = $(el, 'svg.chart')!;
    for (const type of ['pointerdown', 'pointerup'])
      chart.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          pointerId: 5,
          pointerType: 'touch',
          clientX: at.x,
          clientY: at.y,
        }),
      );
    await waitUntil(() => selects.length > 0, 'a select is fired');
    expect(selects[0]!.relation).to.equal(line.edge.id);
  });

  it('off every line no relation is shown, and leaving a line ends its highlight', async () => {
    const el = await mount();
    const { at } = clearRelation(el);
    const highlights = record(el, 'nutgraf-highlight');
    await move(at);
    await waitUntil(() => $(el, '.tooltip')!.matches(':popover-open'), 'the tooltip opens');
    await move(emptyPoint(el));
    await waitUntil(() => highlights.length === 2, 'the highlight ends');
    expect(highlights[1]).to.deep.equal({ entity: null, relation: undefined, origin: 'actor-network' });
    await el.updateComplete;
    expect($(el, '.tooltip')!.matches(':popover-open')).to.equal(false);
    expect($(el, 'canvas.base')!.classList.contains('dim')).to.equal(false);
    // A click there selects nothing.
    const selects = record(el, 'nutgraf-select');
    const p = emptyPoint(el);
    await sendMouse({ type: 'click', position: [Math.round(p.x), Math.round(p.y)] });
    await aTimeout(50);
    expect(selects).to.have.length(0);
  });

  it('a node near the pointer wins over the lines that reach it', async () => {
    const el = await mount();
    const { line, at } = clearRelation(el);
    const highlights = record(el, 'nutgraf-highlight');
    // On the line, 4 px from its source node.
    const [dx, dy] = [line.b.x - line.a.x, line.b.y - line.a.y];
    const l = Math.hypot(dx, dy);
    await move({ x: line.a.x + (dx / l) * 4, y: line.a.y + (dy / l) * 4 });
    await waitUntil(() => highlights.length > 0, 'a highlight is fired');
    const source = modelOf(el).nodes[modelOf(el).edges.find((e) => e.edge === line.edge)!.source]!;
    expect(highlights.at(-1)).to.deep.equal({
      entity: source.node.id,
      relation: undefined,
      origin: 'actor-network',
    });
    // Farther along the line, the relation.
    await move(at);
    await waitUntil(() => highlights.length > 1, 'the relation is highlighted');
    expect(highlights.at(-1)!.relation).to.equal(line.edge.id);
  });

  it('a relation of a type switched off is not found', async () => {
    const el = await mount();
    const { line, at } = clearRelation(el);
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.legend button')].find((b) =>
      b.textContent!.includes(typeOf(line.edge.type).label),
    )!;
    button.click();
    await el.updateComplete;
    const highlights = record(el, 'nutgraf-highlight');
    await move(at);
    await aTimeout(100);
    expect(highlights.filter((h) => h.relation)).to.have.length(0);
    button.click();
    await el.updateComplete;
    await move({ x: at.x + 1, y: at.y });
    await waitUntil(() => highlights.some((h) => h.relation === line.edge.id), 'found again once shown');
  });

  it('several relations between the same two actors fan out on the canvas, each drawn and each under the pointer', async () => {
    // Three relations between two actors with no other relation (one of them the other way),
    // pinned apart near the bottom edge, so nothing else is drawn near their lines (not on it:
    // free actors pushed to the edge line up there).
    const data = structuredClone(DATA);
    const linked = new Set(data.relations.flatMap((r) => [r.source, r.target]));
    const [a, b] = data.entities.filter((e) => !linked.has(e.id)).map((e) => e.id);
    const like = data.relations[0]!;
    data.relations.push(
      { ...like, id: 'fan-1', source: a!, target: b! },
      { ...like, id: 'fan-2', source: a!, target: b!, type: data.relationTypes[1]!.id },
      { ...like, id: 'fan-3', source: b!, target: a! },
    );
    data.presentation = {
      ...data.presentation,
      network: { positions: { [a!]: [0.05, 0.9], [b!]: [0.45, 0.9] } },
    };
    const el = await mount(data);
    const fan = modelOf(el).edges.filter((e) => e.edge.id.startsWith('fan-'));
    expect(fan.map((e) => e.edge.id).sort()).to.deep.equal(['fan-1', 'fan-2', 'fan-3']);
    const { nodes } = modelOf(el);
    // Apart at their middles, as in svg (each bend is measured against its own direction).
    const middle = ({ source, target, bend }: (typeof fan)[number]) =>
      curveMiddle(nodes[source]!, nodes[target]!, bendControl(nodes[source]!, nodes[target]!, bend));
    for (const [i, e] of fan.entries())
      for (const f of fan.slice(i + 1)) {
        const [m, n] = [middle(e), middle(f)];
        expect(Math.hypot(m.x - n.x, m.y - n.y), `${e.edge.id} and ${f.edge.id}`).to.be.above(10);
      }
    const base = $(el, 'canvas.base') as HTMLCanvasElement;
    const highlights = record(el, 'nutgraf-highlight');
    const others = nodes.filter((n) => n.index !== fan[0]!.source && n.index !== fan[0]!.target);
    for (const e of fan) {
      // A point of the curve, nearest its middle, that stands clear of every other actor (an
      // actor under the pointer wins over a line).
      const [a, b] = [nodes[e.source]!, nodes[e.target]!];
      const c = bendControl(a, b, e.bend);
      const along = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75].map((t) => ({
        x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t * t * b.x,
        y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t * t * b.y,
      }));
      const clear = along.find((p) => others.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 15));
      expect(clear, `a point of ${e.edge.id} clear of other actors`).to.not.equal(undefined);
      const at = toClient(el, clear!);
      // The canvas is painted in slices over a few frames. (Within 3 px: the line is drawn from
      // rim to rim, its points here are reckoned from centre to centre.)
      await waitUntil(() => paintedAt(base, at, 3), `${e.edge.id} is drawn there`);
      await move(at);
      await waitUntil(
        () => highlights.at(-1)?.relation === e.edge.id,
        `${e.edge.id} is found under the pointer (last: ${highlights.at(-1)?.relation})`,
      );
    }
  });
});
