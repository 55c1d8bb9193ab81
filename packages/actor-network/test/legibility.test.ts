/**
 * What a reader sees of a dense network at 375 and 1280 px: memberships as areas and counts,
 * labels apart from each other and from the nodes, parallel relations apart, a tapped actor's
 * neighbourhood, and a second cue for relation types that share a colour. Every expectation is
 * read from the dataset, never written per story.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { defaultDataset, isNegative, relationTypeOf, typeColor } from '@nutgraf/core';
import type { Dataset, Relation } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { overlap, placeLabels, segmentHitsBox } from '../src/labels.js';
import { syntheticDataset } from '../src/synthetic.js';
import takeover from '../../../examples/stories/takeover/dataset.json' with { type: 'json' };

const datasets: [string, Dataset][] = [
  ['the default dataset', defaultDataset],
  ['the takeover example', takeover as unknown as Dataset],
];

async function mount(data: Dataset, width: number, attrs = ''): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px">
      <actor-network .data=${data} memberships=${attrs || 'auto'}></actor-network>
    </div>`,
  );
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  // A reader scrolls to it (a graphic draws as it comes near the screen; earlier fixtures of the
  // same test stay above it).
  el.scrollIntoView();
  for (let i = 0; i < 200 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart .node')); i++)
    await aTimeout(20);
  await el.updateComplete;
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = <T extends Element = Element>(el: ActorNetwork, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const nodeOf = (el: ActorNetwork, id: string) => $(el, `.node[data-entity="${CSS.escape(id)}"]`);

/** Full members (active, asserted, not denied) of each grouping declared with a `from`, by the entity they join. */
function fullMembers(data: Dataset): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of data.relations) {
    const joins = data.groupings.some((g) => g.from?.type === r.type && g.from.target === r.target);
    if (!joins || (r.status ?? 'active') !== 'active' || r.certainty !== 'asserted' || isNegative(r))
      continue;
    out.set(r.target, [...(out.get(r.target) ?? []), r]);
  }
  return out;
}

/** Members whose only relation is their membership, by the entity they join (two or more). */
function leafMembers(data: Dataset): Map<string, string[]> {
  const degree = new Map<string, number>();
  for (const r of data.relations)
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const groups = fullMembers(data);
  const out = new Map<string, string[]>();
  for (const [target, rels] of groups) {
    const leaves = rels.map((r) => r.source).filter((id) => degree.get(id) === 1 && !groups.has(id));
    if (leaves.length > 1) out.set(target, leaves);
  }
  return out;
}

/** Full members whose only relation is their membership (drawn inside the area), by the entity they join. */
function insideMembers(data: Dataset): Map<string, string[]> {
  const degree = new Map<string, number>();
  for (const r of data.relations)
    for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const groups = fullMembers(data);
  return new Map(
    [...groups].map(([target, rels]) => [
      target,
      rels.map((r) => r.source).filter((id) => degree.get(id) === 1 && !groups.has(id)),
    ]),
  );
}

const xy = (p: DOMPoint): [number, number] => [p.x, p.y];
const nameOf = (data: Dataset, id: string) => data.entities.find((e) => e.id === id)!.name;

describe('<actor-network> memberships', () => {
  it('the default dataset has groupings with members, some of whom have no other relation', () => {
    expect(fullMembers(defaultDataset).size).to.be.greaterThan(0);
    expect(leafMembers(defaultDataset).size).to.be.greaterThan(0);
  });

  for (const [what, data] of datasets)
    for (const width of [375, 1280])
      it(`draws no membership spokes for full members by default (${what}, ${width} px); edges draws them`, async () => {
        const members = [...fullMembers(data).values()].flat();
        expect(members.length).to.be.greaterThan(1);
        const el = await mount(data, width);
        const drawn = new Set($$(el, '.edge').map((e) => e.getAttribute('data-edge')));
        expect(members.filter((r) => drawn.has(r.id))).to.deep.equal([]);
        expect($$(el, 'svg.chart .hull')).to.have.length(fullMembers(data).size);
        const lines = await mount(data, width, 'edges');
        const all = new Set($$(lines, '.edge').map((e) => e.getAttribute('data-edge')));
        expect(members.every((r) => all.has(r.id))).to.equal(true);
      });

  const examples: [string, Dataset][] = [
    ['the default dataset', defaultDataset],
    ['the takeover example', takeover as unknown as Dataset],
  ];
  for (const [what, data] of examples)
    for (const width of [375, 1280])
      it(`each area holds its entity and the members with no other relation, and no other actor (${what}, ${width} px)`, async () => {
        const el = await mount(data, width);
        const inside = insideMembers(data);
        expect(inside.size).to.be.greaterThan(0);
        /** A drawn node's centre, in the drawing's units (the areas' too). */
        const at = (id: string) => {
          const t = nodeOf(el, id)?.querySelector('.target');
          return t && new DOMPoint(Number(t.getAttribute('cx')), Number(t.getAttribute('cy')));
        };
        const hulls = $$<SVGPathElement>(el, 'svg.chart .hull');
        expect(hulls).to.have.length(inside.size);
        for (const [group, ids] of inside) {
          const members = new Set([
            group,
            ...fullMembers(data)
              .get(group)!
              .map((r) => r.source),
          ]);
          // The area is the one around its entity: the only one containing the entity's centre.
          const org = at(group)!;
          const hull = hulls.find((h) => h.isPointInFill(org))!;
          expect(hull, group).to.not.equal(undefined);
          const box = hull.getBBox();
          const within = (p: DOMPoint) =>
            p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
          // Its members with no other relation are inside it (those folded into a count are not drawn).
          for (const id of ids) {
            const p = at(id);
            if (p) expect(hull.isPointInFill(p), `${id} in ${group}`).to.equal(true);
          }
          // No actor that is not a member stands in its box, and no member with other relations in it.
          for (const n of data.entities) {
            const p = at(n.id);
            if (!p) continue;
            if (!members.has(n.id)) expect(within(p), `${n.id} in the box of ${group}`).to.equal(false);
            else if (n.id !== group && !ids.includes(n.id))
              expect(hull.isPointInFill(p), `${n.id} in ${group}`).to.equal(false);
          }
        }
      });

  for (const [what, data] of examples)
    for (const width of [375, 1280])
      it(`a member with other relations keeps one thin, neutral, unmarked line to its group (${what}, ${width} px)`, async () => {
        const el = await mount(data, width);
        const inside = new Set([...insideMembers(data).values()].flat());
        const tied = [...fullMembers(data).values()].flat().filter((r) => !inside.has(r.source));
        expect(tied.length).to.be.greaterThan(0);
        const ties = $$(el, 'svg.chart .tie');
        expect(ties.map((t) => t.getAttribute('data-edge')).sort()).to.deep.equal(
          tied.map((r) => r.id).sort(),
        );
        // One line per membership: each member has as many as the groups it is tied to.
        for (const r of tied)
          expect(
            ties.filter((t) => t.getAttribute('data-edge') === r.id),
            r.id,
          ).to.have.length(1);
        const relationLines = $$(el, '.edge .line');
        const widths = relationLines.map((l) => parseFloat(getComputedStyle(l).strokeWidth));
        const colours = new Set(relationLines.map((l) => getComputedStyle(l).stroke));
        for (const t of ties) {
          const line = t.querySelector('.line')!;
          const style = getComputedStyle(line);
          expect(parseFloat(style.strokeWidth)).to.be.below(Math.min(...widths));
          expect(style.strokeDasharray).to.equal('none');
          // Grey, and no relation type's colour.
          const [r, g, b] = style.stroke.match(/\d+/g)!.map(Number);
          expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).to.be.below(16);
          expect(colours.has(style.stroke)).to.equal(false);
          // No arrowhead and no type shape.
          expect(t.querySelector('.arrow, .type-marker')).to.equal(null);
        }
      });

  it('a membership line is the membership: hover names it, the keyboard walk goes along it, and the key shows it', async () => {
    const el = await mount(defaultDataset, 1280);
    const inside = new Set([...insideMembers(defaultDataset).values()].flat());
    const tied = [...fullMembers(defaultDataset).values()].flat().filter((r) => !inside.has(r.source));
    // The tied member with fewest relations, to walk them all.
    const degree = degreeOf(defaultDataset);
    const rel = tied.sort((a, b) => degree.get(a.source)! - degree.get(b.source)!)[0]!;
    const words = [nameOf(defaultDataset, rel.source), nameOf(defaultDataset, rel.target)];
    const typeLabel = relationTypeOf(defaultDataset, rel.type).label;
    const tie = $(el, `.tie[data-edge="${rel.id}"]`)!;
    tie
      .querySelector('.hit')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    let tip = $(el, '.tooltip')!.textContent!;
    expect(tip).to.contain(typeLabel);
    for (const w of words) expect(tip).to.contain(w);
    // Hovering the member brings its line out with it.
    const member = nodeOf(el, rel.source) as SVGGElement;
    member.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tie.classList.contains('on')).to.equal(true);
    member.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The walk from the member reaches the group's entity along it, and back.
    member.focus();
    await el.updateComplete;
    let reached = false;
    for (let i = 0; i < degree.get(rel.source)! && !reached; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await aTimeout(0);
      reached = el.shadowRoot!.activeElement?.getAttribute('data-entity') === rel.target;
      if (reached) {
        tip = $(el, '.tooltip')!.textContent!;
        expect(tip).to.contain(typeLabel);
        for (const w of words) expect(tip).to.contain(w);
      }
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      await aTimeout(0);
    }
    expect(reached).to.equal(true);
    expect(tie.classList.contains('current')).to.equal(true);
    // The group's key shows the area and the line.
    const key = $$(el, '.legend[aria-label="Key"] .legend-item').find(
      (k) =>
        k.querySelector('.legend-label')!.textContent ===
        defaultDataset.groupings.find((g) => g.from?.target === rel.target)!.label,
    )!;
    expect(key.querySelector('.hull')).to.not.equal(null);
    expect(key.querySelector('.tie .line')).to.not.equal(null);
  });

  it('at 375 px folds members with no other relation into a count that unfolds by click and folds again', async () => {
    const leaves = leafMembers(defaultDataset);
    const el = await mount(defaultDataset, 375);
    const badges = $$<SVGGElement>(el, '.badge');
    expect(badges.map((b) => b.getAttribute('data-group')).sort()).to.deep.equal([...leaves.keys()].sort());
    for (const [group, ids] of leaves) {
      const badge = $(el, `.badge[data-group="${group}"]`) as SVGGElement;
      expect(badge.textContent!.trim()).to.equal(`+${ids.length}`);
      const name = badge.getAttribute('aria-label')!;
      expect(name).to.contain(`${nameOf(defaultDataset, group)}: ${ids.length} more members: `);
      for (const id of ids) expect(name).to.contain(nameOf(defaultDataset, id));
      expect(badge.getAttribute('aria-expanded')).to.equal('false');
      for (const id of ids) expect(nodeOf(el, id), id).to.equal(null);
      // Members with other relations stay nodes.
      for (const r of fullMembers(defaultDataset).get(group)!)
        if (!ids.includes(r.source)) expect(nodeOf(el, r.source), r.source).to.not.equal(null);
      // A real click on the count (at its middle).
      const box = badge.querySelector('.badge-box')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      expect(hit?.closest('.badge')).to.equal(badge);
      badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(badge.getAttribute('aria-expanded')).to.equal('true');
      for (const id of ids) expect(nodeOf(el, id), id).to.not.equal(null);
      badge.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(badge.getAttribute('aria-expanded')).to.equal('false');
      for (const id of ids) expect(nodeOf(el, id), id).to.equal(null);
    }
  });

  it('the count unfolds and folds by Enter, and keeps the focus; it is not a Tab stop of its own', async () => {
    const [group, ids] = [...leafMembers(defaultDataset)][0]!;
    const el = await mount(defaultDataset, 375);
    const badge = $(el, `.badge[data-group="${group}"]`) as SVGGElement;
    // The graph is one Tab stop for its marks; the keyboard's walk unfolds a folded member.
    expect(badge.tabIndex).to.equal(-1);
    badge.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('true');
    expect(nodeOf(el, ids[0]!)).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(badge);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(badge.getAttribute('aria-expanded')).to.equal('false');
    expect(nodeOf(el, ids[0]!)).to.equal(null);
  });

  it('at 1280 px nothing is folded', async () => {
    const el = await mount(defaultDataset, 1280);
    expect($$(el, '.badge')).to.have.length(0);
    expect($$(el, '.node')).to.have.length(defaultDataset.entities.length);
  });

  it("the keyboard walk reaches a folded member, unfolding it; the group's tooltip lists its members", async () => {
    const [group, ids] = [...leafMembers(defaultDataset)][0]!;
    const el = await mount(defaultDataset, 375);
    const org = nodeOf(el, group) as SVGGElement;
    org.focus();
    await el.updateComplete;
    const tooltip = $(el, '.tooltip')!.textContent!;
    expect(tooltip).to.contain('Members: ');
    for (const r of fullMembers(defaultDataset).get(group)!)
      expect(tooltip).to.contain(nameOf(defaultDataset, r.source));
    const seen: string[] = [];
    for (let i = 0; i < 40 && !ids.includes(seen.at(-1) ?? ''); i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await aTimeout(0);
      seen.push(el.shadowRoot!.activeElement?.getAttribute('data-entity') ?? '');
      if (ids.includes(seen.at(-1)!)) break;
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      await aTimeout(0);
    }
    expect(ids).to.include(seen.at(-1));
    expect($(el, `.badge[data-group="${group}"]`)!.getAttribute('aria-expanded')).to.equal('true');
  });
});

/** Boxes on screen overlap by more than a hair (anti-aliasing and glyph overhang aside). */
const hits = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Degree of each entity among the relations drawn or grouped (all of them). */
const degreeOf = (data: Dataset) => {
  const d = new Map<string, number>();
  for (const r of data.relations) for (const id of [r.source, r.target]) d.set(id, (d.get(id) ?? 0) + 1);
  return d;
};

describe('<actor-network> labels', () => {
  for (const [what, data] of datasets)
    for (const width of [375, 1280])
      it(`no two labels overlap, no label overlaps a node, and the most connected actors are labelled (${what}, ${width} px)`, async () => {
        const el = await mount(data, width);
        const labels = $$<SVGTextElement>(el, 'text.label');
        const shapes = $$<SVGPathElement>(el, '.node .shape');
        expect(labels.length).to.be.greaterThan(2);
        const boxes = labels.map((l) => [l.textContent, l.getBoundingClientRect()] as const);
        const clash: string[] = [];
        boxes.forEach(([a, ba], i) =>
          boxes.forEach(([b, bb], j) => {
            if (j > i && hits(ba, bb)) clash.push(`${a} / ${b}`);
          }),
        );
        for (const [a, ba] of boxes)
          for (const s of shapes)
            if (hits(ba, s.getBoundingClientRect()))
              clash.push(`${a} / node ${s.closest('.node')!.getAttribute('data-entity')}`);
        expect(clash).to.deep.equal([]);
        // The five most connected actors drawn have their labels.
        const degree = degreeOf(data);
        const drawn = $$(el, '.node').map((n) => n.getAttribute('data-entity')!);
        const top = drawn.sort((a, b) => degree.get(b)! - degree.get(a)!).slice(0, 5);
        const labelled = new Set(labels.map((l) => Number(l.getAttribute('data-label'))));
        const index = new Map(data.entities.map((e, i) => [e.id, i]));
        expect(top.filter((id) => !labelled.has(index.get(id)!))).to.deep.equal([]);
      });

  it('a crowded graph hides the labels that find no place, and shows one while its node is hovered', async () => {
    // 120 actors in 375 px: not every label fits.
    const el = await mount(syntheticDataset(120, 200), 375);
    const labelled = new Set($$(el, 'text.label:not(.number)').map((l) => l.getAttribute('data-label')));
    const bare = $$(el, '.node').filter((n) => !labelled.has(n.getAttribute('data-index')));
    expect(bare.length).to.be.greaterThan(0);
    expect(labelled.size).to.be.greaterThan(10);
    const n = bare[0]!;
    n.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const shown = $(el, `text.label[data-label="${n.getAttribute('data-index')}"]`)!;
    expect(shown.classList.contains('on')).to.equal(true);
    // It keeps off the labels shown at rest.
    const box = shown.getBoundingClientRect();
    const others = $$(el, 'text.label').filter((l) => l !== shown);
    expect(
      others.filter((l) => hits(box, l.getBoundingClientRect())).map((l) => l.textContent),
    ).to.deep.equal([]);
  });

  it('at 375 px a crowded graph numbers the labels that find no place, and a key under it names them', async () => {
    const data = syntheticDataset(120, 200);
    const el = await mount(data, 375);
    const names = $$(el, 'text.label:not(.number)');
    const numbers = $$(el, 'text.label.number');
    expect(numbers.length).to.be.greaterThan(0);
    // At rest nearly every node shows its name or a number: only a number with no free place
    // beside its node is left out (its name still shows on hover and focus).
    const labelled = new Set([...names, ...numbers].map((l) => l.getAttribute('data-label')));
    const nodes = $$(el, '.node');
    const bare = nodes.filter((n) => !labelled.has(n.getAttribute('data-index'))).length;
    expect(bare, `${bare} bare, ${numbers.length} numbered`).to.be.at.most(nodes.length / 20);
    // The key, 1, 2, … in order, names the node each number sits beside.
    const key = $(el, '.label-key')!;
    expect(key.getAttribute('aria-hidden')).to.equal('true');
    const entries = new Map(
      key
        .textContent!.replace(/\s+/g, ' ')
        .trim()
        .split('; ')
        .map((e) => [e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1)]),
    );
    expect([...entries.keys()]).to.deep.equal(numbers.map((_, i) => String(i + 1)));
    const shapes = $$(el, '.node .shape');
    for (const number of numbers) {
      const node = $(el, `.node[data-index="${number.getAttribute('data-label')}"]`)!;
      expect(entries.get(number.textContent!)).to.equal(nameOf(data, node.getAttribute('data-entity')!));
      const a = number.getBoundingClientRect();
      const b = node.querySelector('.shape')!.getBoundingClientRect();
      const gap = Math.hypot(
        Math.max(0, a.left - b.right, b.left - a.right),
        Math.max(0, a.top - b.bottom, b.top - a.bottom),
      );
      expect(gap, number.textContent!).to.be.lessThan(60);
      // Off every label and every node.
      const others = [...names, ...numbers].filter((l) => l !== number);
      expect(
        others.filter((l) => hits(a, l.getBoundingClientRect())).map((l) => l.textContent),
      ).to.deep.equal([]);
      expect(shapes.filter((s) => hits(a, s.getBoundingClientRect())).length).to.equal(0);
    }
  });

  it('at 1280 px the default dataset has every name in place, and no key', async () => {
    const el = await mount(defaultDataset, 1280);
    expect($$(el, '.node').length).to.be.greaterThan(0);
    expect($$(el, 'text.label.number').length).to.equal(0);
    expect($(el, '.label-key')).to.equal(null);
  });
});

describe('placeLabels and lines', () => {
  const req = { id: 'a', x: 100, y: 100, r: 6, width: 40, height: 14, priority: 1 };
  it('takes a free place off the lines when there is one', () => {
    const free = placeLabels([req], { width: 300, height: 300 })[0]!;
    expect(free.anchor).to.equal('start');
    // A line through the place it would take on the right: it moves.
    const line = [
      { x: free.box.x + 5, y: 0 },
      { x: free.box.x + 5, y: 300 },
    ];
    const moved = placeLabels([req], { width: 300, height: 300, lines: [line] })[0]!;
    expect(moved.visible).to.equal(true);
    const p = line[0]!;
    expect(segmentHitsBox(p.x, 0, p.x, 300, moved.box)).to.equal(false);
    expect(segmentHitsBox(p.x, 0, p.x, 300, free.box)).to.equal(true);
  });
  it('keeps off the other obstacles it is given', () => {
    const free = placeLabels([req], { width: 300, height: 300 })[0]!;
    const moved = placeLabels([req], { width: 300, height: 300, obstacles: [free.box] })[0]!;
    expect(overlap(moved.box, free.box)).to.equal(false);
  });
});

describe('<actor-network> parallel relations', () => {
  before(() => setViewport({ width: 1400, height: 1400 }));
  after(() => setViewport({ width: 800, height: 600 }));
  for (const width of [375, 1280])
    it(`fans the relations between the same two actors apart, each with its own hit target (${width} px)`, async () => {
      const el = await mount(defaultDataset, width);
      const byPair = new Map<string, SVGGElement[]>();
      for (const g of $$<SVGGElement>(el, '.edge')) {
        const r = defaultDataset.relations.find((x) => x.id === g.getAttribute('data-edge'))!;
        const key = [r.source, r.target].sort().join(' ');
        byPair.set(key, [...(byPair.get(key) ?? []), g]);
      }
      const fans = [...byPair.values()].filter((list) => list.length > 1);
      expect(fans.length).to.be.greaterThan(0);
      expect(Math.max(...fans.map((f) => f.length))).to.be.greaterThan(3);
      const missed: string[] = [];
      let reachable = 0;
      for (const fan of fans) {
        const paths = fan.map((g) => g.querySelector<SVGPathElement>('.line')!);
        expect(new Set(paths.map((p) => p.getAttribute('d'))).size).to.equal(fan.length);
        // The middle of each curve on screen: at least 5 px from every other curve's middle,
        // and a pointer there reaches that relation.
        const mids = paths.map((p) => {
          const pt = p.getPointAtLength(p.getTotalLength() / 2);
          const m = p.getScreenCTM()!;
          return new DOMPoint(pt.x, pt.y).matrixTransform(m);
        });
        mids.forEach((a, i) =>
          mids.forEach((b, j) => {
            if (j > i) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(5);
          }),
        );
        // At its middle, a pointer reaches it before any other relation of its fan (unrelated
        // lines may cross on top), and anywhere along it one reaches it on most.
        paths.forEach((p, i) => {
          const m = p.getScreenCTM()!;
          const at = (t: number) =>
            new DOMPoint(...xy(p.getPointAtLength(p.getTotalLength() * t))).matrixTransform(m);
          const mid = at(0.5);
          const first = el
            .shadowRoot!.elementsFromPoint(mid.x, mid.y)
            .map((e) => e.closest('[data-edge]'))
            .find((g) => g && fan.includes(g as SVGGElement));
          if (first !== fan[i]) missed.push(fan[i]!.getAttribute('data-edge')!);
          const reached = Array.from({ length: 17 }, (_, k) => 0.1 + k * 0.05).some(
            (t) => el.shadowRoot!.elementFromPoint(at(t).x, at(t).y)?.closest('[data-edge]') === fan[i],
          );
          if (reached) reachable++;
        });
      }
      expect(reachable / fans.flat().length).to.be.at.least(0.9);
      expect(missed).to.deep.equal([]);
    });
});

describe('<actor-network> tap', () => {
  const touch = (target: Element, type: string) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        composed: true,
        pointerType: 'touch',
        pointerId: 7,
        isPrimary: true,
      }),
    );
  /** A tap as a touch screen sends it: over, down, up, then out (the finger is gone). */
  const tap = async (el: ActorNetwork, target: Element) => {
    for (const type of ['pointerover', 'pointerdown', 'pointerup', 'pointerout']) touch(target, type);
    await el.updateComplete;
  };

  for (const width of [375, 1280])
    it(`tapping an actor shows its neighbourhood and fades the rest until a tap elsewhere (${width} px)`, async () => {
      const el = await mount(defaultDataset, width);
      const nodes = $$<SVGGElement>(el, '.node');
      // The actor with fewest neighbours that has some: most of the rest fades.
      const target = nodes.find((n) => /, 1 relation$/.test(n.getAttribute('aria-label')!))!;
      const id = target.getAttribute('data-entity')!;
      const neighbours = new Set([id]);
      for (const r of defaultDataset.relations)
        if (r.source === id || r.target === id) neighbours.add(r.source === id ? r.target : r.source);
      await tap(el, target.querySelector('.shape')!);
      expect($(el, 'svg.chart')!.classList.contains('faded')).to.equal(true);
      for (const n of nodes) {
        const near = neighbours.has(n.getAttribute('data-entity')!);
        expect(n.classList.contains('on'), n.getAttribute('data-entity')!).to.equal(near);
        expect(Number(getComputedStyle(n).opacity)).to.be.closeTo(near ? 1 : 0.25, 0.01);
      }
      // A tap on the background lets go.
      await tap(el, $(el, 'svg.chart')!);
      expect($(el, 'svg.chart')!.classList.contains('faded')).to.equal(false);
    });
});

describe('<actor-network> a second cue where colours run out', () => {
  const shown = (e: Element) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 3;

  for (const width of [375, 1280])
    it(`types that share a colour differ by the shape on their lines and legend keys (${width} px)`, async () => {
      const el = await mount(defaultDataset, width);
      // At 375 px the legend of types is folded (legend-fold.test.ts): open it.
      ($(el, '.legend-more') as HTMLElement | null)?.click();
      // Legend: the keys by their colour, as drawn.
      const keys = $$(el, 'button.legend-item').map((b) => {
        const key = b.querySelector('svg.legend-key')!;
        const marker = key.querySelector('.type-marker');
        return {
          colour: getComputedStyle(key).color,
          marker,
          label: b.querySelector('.legend-label')!.textContent,
        };
      });
      const byColour = new Map<string, typeof keys>();
      for (const k of keys) byColour.set(k.colour, [...(byColour.get(k.colour) ?? []), k]);
      const shared = [...byColour.values()].filter((list) => list.length > 1);
      expect(shared.length, 'some types share a colour').to.be.greaterThan(0);
      for (const list of shared) {
        for (const k of list) expect(k.marker && shown(k.marker), k.label!).to.equal(true);
        const shapes = list.map((k) => k.marker!.getAttribute('d'));
        expect(new Set(shapes).size, list.map((k) => k.label).join(', ')).to.equal(list.length);
      }
      // Lines: every line that is not crossed out carries its type's shape, the legend's.
      const shapeOf = new Map(keys.map((k) => [k.label, k.marker!.getAttribute('d')]));
      const label = new Map(defaultDataset.relationTypes.map((t) => [t.id, t.label]));
      for (const g of $$(el, '.edge:not(.negative)')) {
        const r = defaultDataset.relations.find((x) => x.id === g.getAttribute('data-edge'))!;
        const marker = g.querySelector('.type-marker')!;
        expect(shown(marker), r.id).to.equal(true);
        expect(marker.getAttribute('d')).to.equal(shapeOf.get(label.get(r.type)!));
        expect(getComputedStyle(marker).fill).to.equal(getComputedStyle(g).color);
      }
    });

  it('types with colours of their own need no shapes', async () => {
    const data = takeover as unknown as Dataset;
    const colours = new Set(data.relationTypes.map((t) => typeColor(data, t.id)));
    expect(colours.size).to.equal(data.relationTypes.length);
    const el = await mount(data, 1280);
    expect($$(el, '.type-marker').filter(shown)).to.deep.equal([]);
  });
});
