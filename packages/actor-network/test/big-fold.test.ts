import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Dataset } from '@nutgraf/core';
import { runSteps } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { bigModelSteps } from '../src/big-model.js';
import { buildGraph } from '../src/graph.js';
import type { NetworkModel } from '../src/layout.js';
import { LARGE_GRAPH } from '../src/layout.js';
import { syntheticDataset } from '../src/synthetic.js';

/** Members of the group with no other relation: folded into its count below 480 px. */
const MEMBERS = Array.from({ length: 8 }, (_, i) => `m${i}`);

/**
 * A big synthetic graph with one grouping declared with a `from`: an organisation (`org`, tied
 * to the hub `n0` unless `tied` is false) that eight people join, and nothing else ties them.
 */
function groupedDataset(members = MEMBERS, tied = true): Dataset {
  const data = syntheticDataset(LARGE_GRAPH + 50, (LARGE_GRAPH + 50) * 2);
  const fact = { certainty: 'asserted' as const, basis: 'article' as const, evidence: ['ev'] };
  return {
    ...data,
    relationTypes: [
      ...data.relationTypes,
      { id: 'member', label: 'Member', verb: 'is a member of', direction: 'forward' },
    ],
    groupings: [{ id: 'members', label: 'Members', from: { type: 'member', target: 'org' } }],
    entities: [
      ...data.entities,
      { id: 'org', kind: 'organisation', name: 'The Organisation', ...fact },
      ...members.map((id, i) => ({ id, kind: 'person' as const, name: `Member ${i + 1}`, ...fact })),
    ],
    relations: [
      ...data.relations,
      ...(tied ? [{ id: 'org-hub', type: 't1', source: 'org', target: 'n0', ...fact }] : []),
      ...members.map((id) => ({ id: `join-${id}`, type: 'member', source: id, target: 'org', ...fact })),
    ],
  };
}

async function mount(width: number, members = MEMBERS, tied = true): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('actor-network') as ActorNetwork;
  el.data = groupedDataset(members, tied);
  wrap.append(el);
  for (let i = 0; i < 1500 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
  await frames();
  return el;
}

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const modelOf = (el: ActorNetwork) => (el as unknown as { model: NetworkModel }).model;
const nodeOf = (el: ActorNetwork, id: string) => modelOf(el).nodes.find((n) => n.node.id === id)!;

/** Where node `id` is drawn, in client px (through the chart's zoomed group). */
function clientOf(el: ActorNetwork, id: string): { x: number; y: number } {
  const n = nodeOf(el, id);
  const g = $(el, 'svg.chart > g') as SVGGElement;
  return new DOMPoint(n.x, n.y).matrixTransform(g.getScreenCTM()!);
}

/** The entities the element highlights while the real mouse moves to `p`. */
async function hoverAt(el: ActorNetwork, p: { x: number; y: number }): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  const listen = (e: Event) => seen.push((e as CustomEvent).detail.entity);
  el.addEventListener('nutgraf-highlight', listen);
  await sendMouse({ type: 'move', position: [Math.round(p.x), Math.round(p.y)] });
  await el.updateComplete;
  await frames();
  el.removeEventListener('nutgraf-highlight', listen);
  return seen;
}

/** The middle of a count's box, in client px. */
function middleOf(badge: Element): [number, number] {
  const box = badge.querySelector('.badge-box')!.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

describe('a big graph on a canvas folds a group’s members into a count, as svg does', function () {
  this.timeout(120000);

  afterEach(() => resetMouse());

  it('at 375 px draws the count on the entity; a real click or Enter unfolds the members, drawn and under the pointer, and folds them again', async () => {
    const el = await mount(375);
    expect($(el, 'svg.chart')!.classList.contains('big'), 'drawn on canvas').to.equal(true);
    const badge = $(el, '.badge[data-group="org"]') as SVGGElement;
    expect(badge, 'the count').to.not.equal(null);
    expect(badge.textContent!.trim()).to.equal(`+${MEMBERS.length}`);
    expect(badge.getAttribute('role')).to.equal('button');
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    const name = badge.getAttribute('aria-label')!;
    expect(name).to.contain(`The Organisation: ${MEMBERS.length} more members: `);
    expect(name).to.contain('Member 1');
    // The members are not drawn, and the pointer does not find them.
    for (const id of MEMBERS) expect(nodeOf(el, id).hidden, id).to.equal(true);
    const member = clientOf(el, MEMBERS[0]!);
    expect(await hoverAt(el, member)).to.not.include(MEMBERS[0]);
    // The count sits on the entity and is what the pointer finds at its middle.
    const [bx, by] = middleOf(badge);
    const org = clientOf(el, 'org');
    expect(Math.hypot(bx - org.x, by - org.y)).to.be.below(30);
    expect(el.shadowRoot!.elementFromPoint(bx, by)?.closest('.badge')).to.equal(badge);
    // Away from the count, so the first click is a fresh one.
    await sendMouse({ type: 'move', position: [2, 2] });
    await sendMouse({ type: 'click', position: [bx, by] });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    expect(badge.textContent!.trim()).to.equal('−');
    for (const id of MEMBERS) expect(nodeOf(el, id).hidden, id).to.equal(false);
    // An unfolded member is under the pointer: hovered, highlighted and drawn on top.
    await frames(3);
    expect(await hoverAt(el, clientOf(el, MEMBERS[0]!))).to.include(MEMBERS[0]);
    // And folded again by a second click on the count (no longer "+8": its middle moved).
    await sendMouse({ type: 'move', position: [2, 2] });
    await el.updateComplete;
    await sendMouse({ type: 'click', position: middleOf(badge) });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    for (const id of MEMBERS) expect(nodeOf(el, id).hidden, id).to.equal(true);
    // By keyboard: Enter on the count unfolds and folds, and the count keeps the focus.
    badge.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    expect(nodeOf(el, MEMBERS[0]!).hidden).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(badge);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    expect(nodeOf(el, MEMBERS[0]!).hidden).to.equal(true);
  });

  it('the keyboard walk reaches a folded member and unfolds its group', async () => {
    const el = await mount(375);
    el.focusEntity = 'org';
    await el.updateComplete;
    const proxy = $(el, '.node[tabindex="0"]') as SVGGElement;
    expect(proxy.getAttribute('data-entity')).to.equal('org');
    proxy.focus();
    let at = '';
    for (let i = 0; i < 12 && !MEMBERS.includes(at); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await aTimeout(0);
      at = el.shadowRoot!.activeElement?.getAttribute('data-entity') ?? '';
      if (!MEMBERS.includes(at)) {
        await sendKeys({ press: 'Backspace' });
        await el.updateComplete;
        await aTimeout(0);
      }
    }
    expect(MEMBERS).to.include(at);
    expect(nodeOf(el, at).hidden).to.equal(false);
    expect($(el, '.badge[data-group="org"]')!.getAttribute('aria-expanded')).to.equal('true');
  });

  // At 375 px the big graph is packed tight (its nodes drawn small, see clear-radius.ts), and a
  // label never covers a node: the group stands apart there, where its name has room.
  for (const [width, tied] of [
    [375, false],
    [1280, true],
  ] as const)
    it(`at ${width} px a small group's entity is labelled at rest, ahead of better-connected actors`, async () => {
      // Three members (and a tie to the hub): far fewer relations than the actors labelled at rest.
      const el = await mount(width, MEMBERS.slice(0, 3), tied);
      await waitUntil(() => modelOf(el));
      const org = nodeOf(el, 'org');
      const labelled = modelOf(el).nodes.filter((n) => n.label.visible && n.node.id !== 'org');
      expect(labelled.filter((n) => n.node.degree > org.node.degree).length).to.be.greaterThan(0);
      expect(org.label.visible, 'the entity is labelled').to.equal(true);
      expect(org.label.box.width).to.be.greaterThan(0);
    });

  it('at 1280 px nothing is folded', async () => {
    const el = await mount(1280);
    await waitUntil(() => modelOf(el));
    expect($(el, '.badge')).to.equal(null);
    for (const id of MEMBERS) expect(nodeOf(el, id).hidden, id).to.equal(false);
  });
});

describe('a big graph’s group areas', () => {
  it('surround the entity and the members with no other relation, as in svg', () => {
    // `x` joins the organisation and has a relation of its own: it stays where that puts it,
    // with its line to the organisation, outside the area.
    const data = groupedDataset([...MEMBERS, 'x']);
    data.relations.push({
      id: 'x-n1',
      type: 't1',
      source: 'x',
      target: 'n1',
      certainty: 'asserted',
      basis: 'article',
      evidence: ['ev'],
    });
    const graph = buildGraph(data, { memberships: 'auto' });
    const at = new Map([
      ['org', { x: 800, y: 400 }],
      ...MEMBERS.map((id, i) => [id, { x: 800 + 30 * Math.cos(i), y: 400 + 30 * Math.sin(i) }] as const),
      ['x', { x: 100, y: 100 }],
    ]);
    const positions = graph.nodes.map((n, i) => at.get(n.id) ?? { x: 50 + (i % 20) * 10, y: 500 + i });
    const model = runSteps(bigModelSteps(graph, positions, 1000, 800));
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const area = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    area.setAttribute('d', model.hulls.find((h) => h.id === 'org')!.d);
    svg.append(area);
    document.body.append(svg);
    const inArea = (id: string) => area.isPointInFill(new DOMPoint(at.get(id)!.x, at.get(id)!.y));
    try {
      for (const id of ['org', ...MEMBERS]) expect(inArea(id), id).to.equal(true);
      expect(inArea('x'), 'the member with a relation of its own').to.equal(false);
    } finally {
      svg.remove();
    }
  });
});
