import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { defaultDataset, flowEnds, isNegative } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { syntheticDataset } from '../src/synthetic.js';

const axe = (el: Element) =>
  (
    window as unknown as {
      axe: { run: (e: Element, o: object) => Promise<{ violations: { id: string }[] }> };
    }
  ).axe.run(el, { rules: { region: { enabled: false } } });

async function ready(el: ActorNetwork): Promise<void> {
  for (let i = 0; i < 200 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
}

async function mount(template = html`<actor-network></actor-network>`, width = 800): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  await ready(el);
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: ActorNetwork, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const node = (el: ActorNetwork, name: string) =>
  $$(el, '.node').find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`)) as SVGGElement;
const key = (target: Element, k: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true }));

describe('<actor-network>', () => {
  it('draws every entity with a shape per kind and a label, and every relation, with an arrowhead when its type is directed', async () => {
    // Memberships as lines (by default they are areas: legibility.test.ts).
    const el = await mount(html`<actor-network memberships="edges"></actor-network>`);
    expect($$(el, '.node')).to.have.length(defaultDataset.entities.length);
    expect($$(el, '.edge')).to.have.length(defaultDataset.relations.length);
    const directed = defaultDataset.relations.filter(
      (r) => flowEnds(defaultDataset, r).directed && !isNegative(r),
    );
    expect(directed.length).to.be.within(1, defaultDataset.relations.length - 1);
    expect($$(el, '.edge:not(.negative) .arrow').filter((a) => a.getAttribute('d'))).to.have.length(
      directed.length,
    );
    expect($$(el, 'text.label')).to.have.length(defaultDataset.entities.length);
    expect($$(el, '.node.kind-country').length).to.be.greaterThan(0);
    expect($$(el, '.node.kind-person').length).to.be.greaterThan(0);
    expect($$(el, '.node.kind-organisation').length).to.be.greaterThan(0);
    expect($(el, '.summary')!.textContent).to.contain(
      `linked by ${defaultDataset.relations.length} relations`,
    );
    const reported = $$(el, '.edge.certainty-reported');
    expect(reported.length).to.be.greaterThan(0);
    expect(getComputedStyle(reported[0]!.querySelector('.line')!).strokeDasharray).to.not.equal('none');
  });

  it('is accessible (axe) at rest, focused, walking relations, filtered and with the list open', async function () {
    // Five axe runs, the last over the whole claims table: minutes on a loaded machine.
    this.timeout(60000);
    const el = await mount();
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
    const iran = node(el, 'Iran');
    iran.focus();
    key(iran, 'ArrowRight');
    await aTimeout(50);
    await el.updateComplete;
    expect($(el, '.tooltip')!.matches(':popover-open')).to.equal(true);
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
    ($$(el, 'button.legend-item')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    const details = $(el, 'details.data-table') as HTMLDetailsElement;
    details.open = true;
    await aTimeout(10);
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    expect($$(el, 'table')[0]!.querySelectorAll('tbody tr')).to.have.length(defaultDataset.relations.length);
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('a keyboard walk along the relations: what a screen reader hears after each key', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:800px">
        <button>before</button><actor-network memberships="edges"></actor-network>
      </div>`,
    );
    const el = wrap.querySelector('actor-network') as ActorNetwork;
    await ready(el);
    const live = $(el, '[aria-live]')!;
    const names = new Map(defaultDataset.entities.map((e) => [e.id, e.name]));
    // The relations of an actor in the order of the data, and the actor at the other end of each.
    const relsOf = (id: string) => defaultDataset.relations.filter((r) => r.source === id || r.target === id);
    const other = (r: { source: string; target: string }, id: string) =>
      r.source === id ? r.target : r.source;
    const focused = () => el.shadowRoot!.activeElement as SVGGElement;
    const press = async (k: string) => {
      await sendKeys({ press: k });
      await el.updateComplete;
      await aTimeout(0);
    };
    const heard = () => live.textContent!.trim();
    const relationHeard = (r: { source: string; target: string }, index: number, count: number) => {
      const text = heard();
      expect(text.startsWith(`${names.get(r.source)}, `)).to.equal(true, text);
      expect(text).to.contain(`, ${names.get(r.target)}, `);
      expect(text).to.match(new RegExp(`\\. Relation ${index} of ${count}\\.$`));
    };

    // Tab from the button before enters the graph on one actor, the most connected.
    (wrap.querySelector('button') as HTMLButtonElement).focus();
    await press('Tab');
    const hub = focused().getAttribute('data-entity')!;
    const hubRels = relsOf(hub);
    const hubLabel = focused().getAttribute('aria-label')!;
    expect(hubLabel).to.equal(`${names.get(hub)}, country, ${hubRels.length} relations`);
    expect(heard()).to.equal('');

    // Right walks along the hub's first relation to its neighbour, and says so.
    await press('ArrowRight');
    const first = other(hubRels[0]!, hub);
    expect(focused().getAttribute('data-entity')).to.equal(first);
    expect(focused().getAttribute('aria-label')).to.match(
      new RegExp(`^${names.get(first)}, .+, \\d+ relations?$`),
    );
    relationHeard(hubRels[0]!, 1, hubRels.length);
    const firstHeard = heard();
    expect($(el, '.tooltip')!.matches(':popover-open')).to.equal(true);

    // Right again walks the neighbour's own relations.
    await press('ArrowRight');
    const firstRels = relsOf(first);
    const second = other(firstRels[0]!, first);
    expect(focused().getAttribute('data-entity')).to.equal(second);
    relationHeard(firstRels[0]!, 1, firstRels.length);

    // Backspace goes back the way the reader came, one actor at a time.
    await press('Backspace');
    expect(focused().getAttribute('data-entity')).to.equal(first);
    expect(heard()).to.equal('');
    await press('Backspace');
    expect(focused().getAttribute('aria-label')).to.equal(hubLabel);
    // …where the walk goes on from the relation it left by.
    await press('ArrowDown');
    expect(focused().getAttribute('data-entity')).to.equal(other(hubRels[1]!, hub));
    relationHeard(hubRels[1]!, 2, hubRels.length);
    await press('Backspace');
    await press('ArrowUp');
    expect(focused().getAttribute('data-entity')).to.equal(first);
    expect(heard()).to.equal(firstHeard);
    await press('Backspace');
    await press('ArrowLeft');
    relationHeard(hubRels.at(-1)!, hubRels.length, hubRels.length);
    await press('Backspace');
    // At the start of the path, Backspace stays.
    await press('Backspace');
    expect(focused().getAttribute('aria-label')).to.equal(hubLabel);

    // L lists the focused actor's relations, each in words.
    await press('l');
    const list = heard();
    expect(list.startsWith(`${hubLabel}: `)).to.equal(true, list);
    expect(list).to.contain(firstHeard.replace(/\. Relation \d+ of \d+\.$/, ''));
    expect(list.split('; ').length).to.be.at.least(hubRels.length);
    expect(focused().getAttribute('aria-label')).to.equal(hubLabel);
  });

  it('fires nutgraf-select on click and Enter, nutgraf-highlight on hover and focus', async () => {
    const el = await mount();
    const iran = node(el, 'Iran');
    setTimeout(() => {
      iran.dispatchEvent(
        new PointerEvent('pointerdown', {
          bubbles: true,
          composed: true,
          pointerId: 1,
          button: 0,
          pointerType: 'mouse',
        }),
      );
      iran.dispatchEvent(
        new PointerEvent('pointerup', {
          bubbles: true,
          composed: true,
          pointerId: 1,
          button: 0,
          pointerType: 'mouse',
        }),
      );
    });
    const click = await oneEvent(el, 'nutgraf-select');
    expect(click.detail.entity).to.equal('iran');
    await ready(el);
    const target = node(el, 'Iran');
    setTimeout(() => target.focus());
    const hi = await oneEvent(el, 'nutgraf-highlight');
    expect(hi.detail.entity).to.equal('iran');
    setTimeout(() => key(target, 'Enter'));
    const enter = await oneEvent(el, 'nutgraf-select');
    expect(enter.detail.entity).to.equal('iran');
  });

  it("a relation's line: hover highlights it and shows its tooltip, a click chooses it, leaving ends it", async () => {
    const el = await mount();
    // A point on a relation's line where nothing else is on top (no node, label or other line).
    const spot = (() => {
      for (const g of $$(el, 'g.edge[data-edge]'))
        for (const at of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const path = g.querySelector<SVGPathElement>('path.hit')!;
          const p = path.getPointAtLength(path.getTotalLength() * at);
          const q = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
          const top = el.shadowRoot!.elementFromPoint(q.x, q.y);
          if (top?.closest('[data-edge]') === g) return { id: g.getAttribute('data-edge')!, x: q.x, y: q.y };
        }
      return undefined;
    })();
    expect(spot, 'a free spot on some line').to.not.equal(undefined);
    const relation = defaultDataset.relations.find((r) => r.id === spot!.id)!;
    const events: { type: string; entity: string | null; relation?: string }[] = [];
    for (const type of ['nutgraf-highlight', 'nutgraf-select'])
      el.addEventListener(type, (e) => events.push({ type, ...(e as CustomEvent).detail }));
    await sendMouse({ type: 'move', position: [Math.round(spot!.x), Math.round(spot!.y)] });
    await waitUntil(() => events.length, 'no highlight');
    expect(events[0]).to.include({
      type: 'nutgraf-highlight',
      entity: relation.source,
      relation: relation.id,
    });
    const tip = $(el, '.tooltip') as HTMLElement;
    await waitUntil(() => tip.matches(':popover-open'), 'the tooltip opens');
    const names = (id: string) => defaultDataset.entities.find((e) => e.id === id)!;
    expect(tip.textContent).to.contain(names(relation.source).shortName ?? names(relation.source).name);
    await sendMouse({ type: 'click', position: [Math.round(spot!.x), Math.round(spot!.y)] });
    const chosen = events.find((e) => e.type === 'nutgraf-select');
    expect(chosen).to.include({ entity: relation.source, relation: relation.id });
    // Off every mark, in a corner of the frame: the highlight ends.
    const frame = $(el, 'svg.chart')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(frame.left + 2), Math.round(frame.top + 2)] });
    await waitUntil(() => events.at(-1)?.entity === null, 'the highlight did not end');
    expect(events.filter((e) => e.type === 'nutgraf-select')).to.have.length(1);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('hovering a node fades everything but it and its neighbours', async () => {
    const el = await mount();
    const armenia = node(el, 'Armenia');
    armenia.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, 'svg.chart')!.classList.contains('faded')).to.equal(true);
    const on = $$(el, '.node.on').map((n) => n.getAttribute('aria-label')!.split(',')[0]);
    expect(on.sort()).to.deep.equal([
      'Armenia',
      'Azerbaijan',
      'Collective Security Treaty Organization',
      'Russia',
    ]);
    const faded = node(el, 'Iran');
    expect(Number(getComputedStyle(faded).opacity)).to.be.closeTo(0.25, 0.01);
  });

  it('highlights an entity highlighted by another embed', async () => {
    const el = await mount();
    document.dispatchEvent(
      new CustomEvent('nutgraf-highlight', {
        detail: { entity: 'china', origin: 'share-donut' },
        bubbles: true,
      }),
    );
    await el.updateComplete;
    expect(node(el, 'China').classList.contains('on')).to.equal(true);
    expect($(el, 'svg.chart')!.classList.contains('faded')).to.equal(true);
  });

  it("a type filter hides the other types; the legend, in the types' own words, toggles them", async () => {
    const [shown, other] = defaultDataset.relationTypes.filter((t) =>
      defaultDataset.relations.some((r) => r.type === t.id),
    );
    const count = (...types: string[]) =>
      defaultDataset.relations.filter((r) => types.includes(r.type)).length;
    const el = await mount(html`<actor-network types=${shown!.id}></actor-network>`);
    expect($$(el, '.edge')).to.have.length(count(shown!.id));
    const buttons = $$(el, 'button.legend-item') as HTMLButtonElement[];
    const button = buttons.find((b) => b.querySelector('.legend-label')!.textContent === other!.label)!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect($$(el, '.edge')).to.have.length(count(shown!.id, other!.id));
  });

  it('the focus attribute centres the view on one entity', async () => {
    const el = await mount(html`<actor-network focus="iran"></actor-network>`);
    const iran = node(el, 'Iran');
    const svg = $(el, 'svg.chart') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const r = iran.getBoundingClientRect();
    expect(r.x + r.width / 2).to.be.closeTo(box.x + box.width / 2, 4);
    expect(r.y + r.height / 2).to.be.closeTo(box.y + box.height / 2, 4);
    expect(iran.classList.contains('on')).to.equal(true);
  });

  it('grouped memberships draw areas, and keep frozen memberships as arrows', async () => {
    const el = await mount(html`<actor-network memberships="grouped"></actor-network>`);
    expect($$(el, 'svg.chart .hull')).to.have.length(2);
    const armenia = node(el, 'Armenia');
    armenia.focus();
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      key(el.shadowRoot!.activeElement!, 'ArrowRight');
      await el.updateComplete;
      await aTimeout(0);
      seen.push($(el, '[aria-live]')!.textContent!);
      key(el.shadowRoot!.activeElement!, 'Backspace');
      await el.updateComplete;
      await aTimeout(0);
    }
    expect(el.shadowRoot!.activeElement).to.equal(armenia);
    expect(seen.join(' ')).to.contain('froze its membership of (frozen)');
  });

  it('names dangling relations in a visible warning and draws the rest', async () => {
    const bad: Dataset = {
      ...defaultDataset,
      relations: [
        ...defaultDataset.relations,
        { ...defaultDataset.relations[0]!, id: 'ghost-rel', target: 'atlantis' },
      ],
    };
    const el = await mount(html`<actor-network .data=${bad} memberships="edges"></actor-network>`);
    const warning = $(el, '.warnings')!;
    expect(warning.textContent).to.contain('ghost-rel');
    expect($$(el, '.edge')).to.have.length(defaultDataset.relations.length);
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('shows an error at the reserved size for a bad src', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:400px"><actor-network src="/nowhere/missing.json"></actor-network></div>`,
    );
    const el = wrap.querySelector('actor-network') as ActorNetwork;
    for (let i = 0; i < 100 && !$(el, '[role="alert"]'); i++) await aTimeout(50);
    const state = $(el, '[role="alert"]')!;
    expect(state.textContent).to.contain('missing.json');
    // The whole block keeps the height reserved from the width (130cqw + 350 px below 480 px),
    // the same as a drawn network of the same width.
    expect(state.getBoundingClientRect().height).to.be.closeTo(400 * 1.3 + 350, 2);
    const drawn = await fixture<HTMLDivElement>(
      html`<div style="width:400px"><actor-network></actor-network></div>`,
    );
    const ready = drawn.querySelector('actor-network') as ActorNetwork;
    for (let i = 0; i < 100 && !$(ready, 'svg.chart'); i++) await aTimeout(50);
    expect(ready.getBoundingClientRect().height).to.be.closeTo(el.getBoundingClientRect().height, 1);
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('hostile labels stay text', async () => {
    const data: Dataset = {
      ...defaultDataset,
      entities: defaultDataset.entities.map((e, i) =>
        i === 0 ? { ...e, name: '<img src=x onerror=alert(1)>' } : e,
      ),
    };
    const el = await mount(html`<actor-network .data=${data}></actor-network>`);
    expect($(el, 'img')).to.equal(null);
    expect($$(el, 'text.label').some((t) => t.textContent!.startsWith('<img src=x onerror='))).to.equal(true);
  });

  it('removing the element stops the layout, its timer and its observers', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('actor-network') as ActorNetwork;
    el.data = syntheticDataset(600, 1500);
    wrap.append(el);
    await el.updateComplete;
    for (let i = 0; i < 50 && !el.layoutRunning; i++) await aTimeout(10);
    expect(el.layoutRunning).to.equal(true);
    el.remove();
    expect(el.layoutRunning).to.equal(false);
    expect((el as unknown as { resize: { observing: boolean } }).resize.observing).to.equal(false);
    await aTimeout(100);
    expect(el.layoutRunning).to.equal(false);
    expect($(el, 'svg.chart')).to.equal(null);
  });

  const pointer = (target: Element, type: string, x: number, y: number, pointerType = 'mouse') =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        composed: true,
        pointerId: 7,
        button: 0,
        pointerType,
        clientX: x,
        clientY: y,
      }),
    );
  const centre = (n: Element) => {
    const t = n.querySelector('.target')!;
    return { x: Number(t.getAttribute('cx')), y: Number(t.getAttribute('cy')) };
  };

  for (const pointerType of ['mouse', 'touch'])
    it(`a node drags by ${pointerType}, and its relations follow it`, async () => {
      const el = await mount();
      const russia = node(el, 'Russia');
      const before = centre(russia);
      const edge = $(el, '.edge')!;
      const edgesBefore = $$(el, '.edge .line').map((l) => l.getAttribute('d'));
      const box = russia.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      pointer(russia, 'pointerdown', x, y, pointerType);
      for (let i = 1; i <= 5; i++) pointer(russia, 'pointermove', x + i * 8, y + i * 6, pointerType);
      pointer(russia, 'pointerup', x + 40, y + 30, pointerType);
      await el.updateComplete;
      const after = centre(node(el, 'Russia'));
      expect(after.x).to.be.greaterThan(before.x + 10);
      expect(after.y).to.be.greaterThan(before.y + 8);
      expect(edge.isConnected).to.equal(true);
      const edgesAfter = $$(el, '.edge .line').map((l) => l.getAttribute('d'));
      expect(edgesAfter.filter((d, i) => d !== edgesBefore[i]).length).to.be.greaterThan(0);
    });

  /** The view's transform: [x, y, scale]. */
  const view = (el: ActorNetwork) =>
    $(el, 'svg.chart > g')!
      .getAttribute('transform')!
      .match(/-?[\d.]+(?:e-?\d+)?/g)!
      .map(Number);

  it('a mouse drag on the background moves the view; two fingers zoom about their midpoint', async () => {
    const el = await mount();
    const chart = $(el, 'svg.chart')!;
    const box = chart.getBoundingClientRect();
    const scale = box.width / Number(chart.getAttribute('viewBox')!.split(' ')[2]);
    const [x, y] = [box.x + 5, box.y + 5];
    expect(view(el)).to.deep.equal([0, 0, 1]);
    pointer(chart, 'pointerdown', x, y);
    for (let i = 1; i <= 5; i++) pointer(chart, 'pointermove', x + i * 10, y + i * 6);
    pointer(chart, 'pointerup', x + 50, y + 30);
    await el.updateComplete;
    const [px, py, k] = view(el);
    expect(k).to.equal(1);
    expect(px! * scale).to.be.closeTo(50, 0.5);
    expect(py! * scale).to.be.closeTo(30, 0.5);
    const touch = (type: string, id: number, cx: number) =>
      chart.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          pointerId: id,
          pointerType: 'touch',
          clientX: cx,
          clientY: y,
        }),
      );
    touch('pointerdown', 1, x);
    touch('pointerdown', 2, x + 100);
    touch('pointermove', 2, x + 200);
    touch('pointerup', 2, x + 200);
    touch('pointerup', 1, x);
    await el.updateComplete;
    expect(view(el)[2]).to.be.closeTo(2, 0.01);
  });

  it('lays out only once its width is known: nothing while hidden, then one layout at its width', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div hidden style="width:800px"><actor-network></actor-network></div>`,
    );
    const el = wrap.querySelector('actor-network') as ActorNetwork;
    await aTimeout(400);
    expect(el.layoutRunning).to.equal(false);
    expect($(el, 'svg.chart')).to.equal(null);
    expect($(el, '.state')!.textContent!.trim()).to.equal('Laying out the network…');
    wrap.hidden = false;
    await ready(el);
    expect($(el, 'svg.chart')!.getAttribute('viewBox')).to.equal('0 0 800 560');
  });

  it('lays out the same picture every time', async () => {
    const a = await mount();
    const b = await mount();
    const pos = (el: ActorNetwork) => $$(el, '.node .shape').map((n) => n.getAttribute('d'));
    expect(pos(a)).to.deep.equal(pos(b));
  });
});
