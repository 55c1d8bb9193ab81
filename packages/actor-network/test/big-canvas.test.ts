import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import type { NetworkModel } from '../src/layout.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';
import { pixelsAt } from './fixtures.js';

const NODES = LARGE_GRAPH + 50;

async function ready(el: ActorNetwork): Promise<void> {
  for (let i = 0; i < 1500 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
}

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function mount(nodes = NODES, edges = nodes * 2, width = 800): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('actor-network') as ActorNetwork;
  el.data = syntheticDataset(nodes, edges);
  wrap.append(el);
  await ready(el);
  await frames();
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: ActorNetwork, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const modelOf = (el: ActorNetwork) => (el as unknown as { model: NetworkModel }).model;

/** Where node `i` is drawn, in client px (through the chart's zoomed group). */
function clientOf(el: ActorNetwork, i: number): { x: number; y: number } {
  const n = modelOf(el).nodes[i]!;
  const g = $(el, 'svg.chart > g') as SVGGElement;
  const p = new DOMPoint(n.x, n.y).matrixTransform(g.getScreenCTM()!);
  return { x: p.x, y: p.y };
}

const rgb = (css: string) =>
  css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);

/** True when some opaque pixel there differs clearly from the colour `bg`. */
function inkedAt(canvas: HTMLCanvasElement, p: { x: number; y: number }, bg: string, half = 4): boolean {
  const data = pixelsAt(canvas, p, half);
  const [r, g, b] = rgb(bg);
  for (let i = 0; i < data.length; i += 4)
    if (
      data[i + 3]! > 200 &&
      Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) > 90
    )
      return true;
  return false;
}

/** True when no pixel there is painted at all. */
const blankAt = (canvas: HTMLCanvasElement, p: { x: number; y: number }) =>
  pixelsAt(canvas, p).every((v, i) => i % 4 !== 3 || v === 0);

const pointer = (target: Element, type: string, p: { x: number; y: number }, pointerType = 'mouse') =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      pointerId: 3,
      button: 0,
      pointerType,
      clientX: p.x,
      clientY: p.y,
    }),
  );

const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

/** The most connected node (the one the keyboard enters on) and one far from the others' labels. */
const hubOf = (el: ActorNetwork) => Number($(el, '.node[tabindex="0"]')!.getAttribute('data-index'));

describe('a big graph on a canvas', function () {
  this.timeout(60000);

  it('draws on a canvas at the device pixel ratio, with no element per node, in light and dark', async () => {
    const el = await mount();
    const base = $(el, 'canvas.base') as HTMLCanvasElement;
    expect(base, 'the base canvas').to.not.equal(null);
    expect($(el, 'svg.chart')!.classList.contains('big')).to.equal(true);
    // The svg keeps one focusable node (and the hovered one): no element per node.
    expect($$(el, 'svg.chart .node').length).to.be.within(1, 2);
    // Labels are the svg's text, in the page's own fonts: the resting ones, up to 40.
    const resting = modelOf(el).nodes.filter((n) => !n.hidden && n.label.visible);
    expect($$(el, 'svg.chart .label').map((t) => t.textContent)).to.deep.equal(
      resting.map((n) => n.node.label),
    );
    expect(resting.length).to.be.within(1, 40);
    // Drawn by the network's worker: the canvas was handed over, the page cannot draw on it.
    expect(() => base.getContext('2d'), 'handed over to the worker').to.throw();
    // A solid node (an organisation), looked at inside its outline only: no edge or label reaches there.
    const solid = modelOf(el).nodes.find((n) => n.node.kind === 'organisation')!;
    const at = clientOf(el, solid.index);
    const bg = getComputedStyle(el).backgroundColor;
    await waitUntil(() => inkedAt(base, at, bg, 1.5), 'the node is drawn (light)');
    // An empty corner stays empty.
    await waitUntil(
      () => blankAt(base, { x: base.getBoundingClientRect().x + 3, y: base.getBoundingClientRect().y + 3 }),
      'an empty corner stays empty',
    );
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await frames(3);
    const dark = getComputedStyle(el).backgroundColor;
    expect(dark).to.not.equal(bg);
    await waitUntil(() => inkedAt(base, at, dark, 1.5), 'the node is drawn (dark)');
  });

  it('hovering a node’s place shows its tooltip and draws its neighbourhood on top; clicking selects it and opens its evidence', async () => {
    const el = await mount();
    const chart = $(el, 'svg.chart')!;
    const top = $(el, 'canvas.top') as HTMLCanvasElement;
    const hub = hubOf(el);
    const { nodes } = modelOf(el);
    // Another node than the focusable one, so its element appears only on hover.
    const other = nodes.find((n) => n.index !== hub && n.node.degree > 0)!;
    const at = clientOf(el, other.index);
    await waitUntil(() => blankAt(top, at), 'nothing highlighted yet');
    setTimeout(() => pointer(chart, 'pointermove', at));
    const hi = await oneEvent(el, 'nutgraf-highlight');
    expect(hi.detail.entity).to.equal(other.node.id);
    await el.updateComplete;
    await waitUntil(() => $(el, '.tooltip')!.matches(':popover-open'), 'the tooltip opens');
    expect($(el, '.tooltip-title')!.textContent).to.equal(other.node.name);
    // Its label is shown first among the highlighted ones, the resting ones faded.
    expect($(el, 'svg.chart .label.on')?.textContent).to.equal(other.node.label);
    const faded = $$(el, 'svg.chart .label:not(.on)')[0];
    expect(faded, 'a resting label of another node').to.not.equal(undefined);
    expect(Number(getComputedStyle(faded!).opacity)).to.be.below(1);
    await frames(2);
    expect($(el, 'canvas.base')!.classList.contains('dim')).to.equal(true);
    await waitUntil(
      () => inkedAt(top, at, getComputedStyle(el).backgroundColor),
      'the hovered node is drawn on top',
    );
    const proxy = $(el, `.node[data-index="${other.index}"]`)!;
    setTimeout(() => {
      pointer(proxy, 'pointerdown', at);
      pointer(proxy, 'pointerup', at);
    });
    const select = await oneEvent(el, 'nutgraf-select');
    expect(select.detail.entity).to.equal(other.node.id);
    await el.updateComplete;
    const evidence = $(el, '[part="evidence"]')!;
    expect(evidence.classList.contains('open')).to.equal(true);
    expect(evidence.textContent).to.contain(other.node.name);
    // Leaving the chart ends the highlight.
    chart.dispatchEvent(
      new PointerEvent('pointerout', { bubbles: true, composed: true, relatedTarget: document.body }),
    );
    await el.updateComplete;
    expect($(el, 'canvas.base')!.classList.contains('dim')).to.equal(false);
  });

  it('a tap on a node’s place (no hover before) selects it', async () => {
    const el = await mount();
    const hub = hubOf(el);
    const n = modelOf(el).nodes.find((m) => m.index !== hub)!;
    const chart = $(el, 'svg.chart')!;
    const at = clientOf(el, n.index);
    setTimeout(() => {
      pointer(chart, 'pointerdown', at, 'touch');
      pointer(chart, 'pointerup', at, 'touch');
    });
    const select = await oneEvent(el, 'nutgraf-select');
    expect(select.detail.entity).to.equal(n.node.id);
  });

  it('the keyboard: one Tab stop, arrows walk the relations and rename it, Enter opens the evidence, Esc closes it', async () => {
    const el = await mount();
    const proxy = $(el, '.node[tabindex="0"]') as SVGGElement;
    const name = proxy.getAttribute('aria-label')!;
    expect($$(el, '[tabindex="0"]').filter((e) => e.closest('svg.chart'))).to.have.length(1);
    setTimeout(() => proxy.focus());
    const hi = await oneEvent(el, 'nutgraf-highlight');
    const first = hi.detail.entity;
    expect(name.startsWith(`${modelOf(el).nodes[hubOf(el)]!.node.name},`)).to.equal(true);
    setTimeout(() => key(proxy, 'ArrowRight'));
    const next = await oneEvent(el, 'nutgraf-highlight');
    expect(next.detail.entity).to.not.equal(first);
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('aria-label')).to.not.equal(name);
    expect(focused.getAttribute('aria-label')!.split(',')[0]).to.equal(
      modelOf(el).nodes.find((n) => n.node.id === next.detail.entity)!.node.name,
    );
    // The one focusable element stands at the active node.
    const i = Number(focused.getAttribute('data-index'));
    const target = focused.querySelector('.target')!;
    expect(Number(target.getAttribute('cx'))).to.equal(modelOf(el).nodes[i]!.x);
    setTimeout(() => key(focused, 'Enter'));
    const select = await oneEvent(el, 'nutgraf-select');
    expect(select.detail.entity).to.equal(next.detail.entity);
    await el.updateComplete;
    expect($(el, '[part="evidence"]')!.classList.contains('open')).to.equal(true);
    focused.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '[part="evidence"]')!.classList.contains('open')).to.equal(false);
  });

  it('draws the neighbourhood of an entity highlighted by another embed on top', async () => {
    const el = await mount();
    const top = $(el, 'canvas.top') as HTMLCanvasElement;
    const n = modelOf(el).nodes[7]!;
    const at = clientOf(el, n.index);
    await waitUntil(() => blankAt(top, at), 'nothing highlighted yet');
    document.dispatchEvent(
      new CustomEvent('nutgraf-highlight', { detail: { entity: n.node.id, origin: 'other' }, bubbles: true }),
    );
    await el.updateComplete;
    await frames(2);
    expect($(el, 'canvas.base')!.classList.contains('dim')).to.equal(true);
    await waitUntil(
      () => inkedAt(top, at, getComputedStyle(el).backgroundColor),
      'the highlighted node is drawn on top',
    );
    document.dispatchEvent(
      new CustomEvent('nutgraf-highlight', { detail: { entity: null, origin: 'other' }, bubbles: true }),
    );
    await el.updateComplete;
    await frames(2);
    await waitUntil(() => blankAt(top, at), 'the highlight is cleared');
  });

  it('zooming redraws the canvas under the same transform as the svg', async () => {
    const el = await mount();
    const base = $(el, 'canvas.base') as HTMLCanvasElement;
    const i = hubOf(el);
    const before = clientOf(el, i);
    ($(el, '.zoom button') as HTMLButtonElement).click();
    await el.updateComplete;
    await ready(el);
    await frames(3);
    const after = clientOf(el, i);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).to.be.greaterThan(3);
    await waitUntil(
      () => inkedAt(base, after, getComputedStyle(el).backgroundColor),
      'the node is drawn where it moved',
    );
  });

  it('the data table lists every relation', async () => {
    const el = await mount();
    const details = $(el, 'details.data-table') as HTMLDetailsElement;
    details.open = true;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    const rows = [...details.querySelectorAll('table')].map((t) => t.querySelectorAll('tbody tr').length);
    expect(rows).to.include((el.data as { relations: unknown[] }).relations.length);
  });

  it(`at ${LARGE_GRAPH} nodes it still draws svg: every node an element, no canvas`, async () => {
    const el = await mount(LARGE_GRAPH, LARGE_GRAPH * 2);
    expect($(el, 'canvas')).to.equal(null);
    expect($$(el, 'svg.chart .node')).to.have.length(LARGE_GRAPH);
  });
});
