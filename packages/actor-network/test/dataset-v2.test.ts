import { expect, fixture as render, html, aTimeout, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { typeColor } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';
import { fixture, wordless } from './fixtures.js';

const axe = (el: Element) =>
  (
    window as unknown as {
      axe: { run: (e: Element, o: object) => Promise<{ violations: { id: string }[] }> };
    }
  ).axe.run(el, { rules: { region: { enabled: false } } });

async function mount(data = fixture, width = 800, attrs = ''): Promise<ActorNetwork> {
  const wrap = await render<HTMLDivElement>(
    html`<div style="width:${width}px">
      <actor-network .data=${data} memberships=${attrs || 'edges'}></actor-network>
    </div>`,
  );
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  for (let i = 0; i < 200 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: ActorNetwork, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const edge = (el: ActorNetwork, id: string) => $(el, `[data-edge="${id}"]`) as SVGGElement;
const node = (el: ActorNetwork, name: string) =>
  $$(el, '.node').find((n) => n.getAttribute('aria-label')!.startsWith(`${name},`)) as SVGGElement;
const centre = (el: ActorNetwork, name: string) => {
  const t = node(el, name).querySelector('.target')!;
  return { x: Number(t.getAttribute('cx')), y: Number(t.getAttribute('cy')) };
};
/** The first point of a path ("M x,y…"). */
const start = (d: string) =>
  d
    .slice(1)
    .split(/[,LlQ ]/)
    .slice(0, 2)
    .map(Number) as [number, number];
const far = (p: [number, number], q: { x: number; y: number }) => Math.hypot(p[0] - q.x, p[1] - q.y);
const tooltip = (el: ActorNetwork) => $(el, '.tooltip') as HTMLElement;
const over = (target: Element) =>
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

/** The colour a CSS colour value resolves to, as computed style reports it. */
function resolved(el: ActorNetwork, value: string): string {
  const token = /var\((--[\w-]+)\)/.exec(value)?.[1];
  const probe = document.createElement('div');
  probe.style.color = token ? getComputedStyle(el).getPropertyValue(token).trim() : value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('<actor-network> on dataset version 2', () => {
  it("colours each edge with its type's palette slot from core (the slot the data names, else the order)", async () => {
    const el = await mount();
    for (const relation of fixture.relations.filter((r) => r.polarity !== 'negative')) {
      const g = edge(el, relation.id);
      expect(g.style.getPropertyValue('color'), relation.id).to.equal(typeColor(fixture, relation.type));
      expect(getComputedStyle(g.querySelector('.line')!).stroke).to.equal(
        resolved(el, typeColor(fixture, relation.type)),
      );
    }
    // The type that names slot 4 in the data has it.
    expect(edge(el, 'r-buy').style.getPropertyValue('color')).to.equal('var(--_c4)');
    // The type legend: the type's own word, in the same colour.
    const purchases = ($$(el, 'button.legend-item') as HTMLElement[]).find((b) =>
      b.textContent!.includes('Purchases'),
    )!;
    expect(purchases.querySelector('svg')!.style.getPropertyValue('color')).to.equal('var(--_c4)');
  });

  it('draws a claim that did not happen crossed out: its own class, a neutral line, a × in the middle, no arrowhead; words say "did not"', async () => {
    const el = await mount();
    const neg = edge(el, 'r-refuse');
    expect(neg.classList.contains('negative')).to.equal(true);
    expect($$(el, '.edge.negative')).to.have.length(1);
    const line = neg.querySelector('.line')!;
    // Not the type's colour (that is kept for things that happened), and still dashed as reported.
    expect(getComputedStyle(line).stroke).to.not.equal(resolved(el, typeColor(fixture, 'ahead')));
    expect(getComputedStyle(line).stroke).to.equal(resolved(el, 'var(--_fg-muted)'));
    expect(getComputedStyle(line).strokeDasharray).to.not.equal('none');
    // The mark is two strokes crossing near the middle between the two actors, not an arrowhead.
    const mark = neg.querySelector('.arrow')!;
    expect(mark.getAttribute('d')).to.match(/^M[\d.-]+,[\d.-]+l[\d.]+,[\d.]+m0,-[\d.]+l-[\d.]+,[\d.]+$/);
    expect(getComputedStyle(mark).fill).to.equal('none');
    expect(getComputedStyle(mark).strokeDasharray).to.equal('none');
    const [a, b] = [centre(el, 'Betania'), centre(el, 'Alphaland')];
    const box = (mark as SVGPathElement).getBBox();
    const mid = [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
    expect(far(mid, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })).to.be.lessThan(
      Math.hypot(a.x - b.x, a.y - b.y) / 4,
    );
    // The key says it in words.
    expect($$(el, '.legend[aria-label="Key"] .legend-label').map((l) => l.textContent)).to.include(
      'Did not happen',
    );
    // Walked by keyboard, the relation is announced with "did not happen" and who says so.
    const betania = node(el, 'Betania');
    betania.focus();
    const heard: string[] = [];
    for (let i = 0; i < 3; i++) {
      // Along one relation to the actor at its other end, and back.
      key(el.shadowRoot!.activeElement!, 'ArrowRight');
      await el.updateComplete;
      await aTimeout(0);
      heard.push($(el, '[aria-live]')!.textContent!);
      key(el.shadowRoot!.activeElement!, 'Backspace');
      await el.updateComplete;
      await aTimeout(0);
    }
    expect(el.shadowRoot!.activeElement).to.equal(betania);
    expect(heard.find((h) => h.includes('refused'))).to.match(
      /^Betania, refused to deliver goods to, Alphaland, did not: delivered goods to, reported, according to an official speaking on condition of anonymity\. Relation \d of 3\.$/,
    );
    await aTimeout(20);
    expect(tooltip(el).querySelector('.tooltip-title')!.textContent).to.equal('Deliveries');
    expect(tooltip(el).textContent).to.contain('Betania refused to deliver goods to Alphaland.');
    expect(tooltip(el).textContent).to.contain('Did not: delivered goods to; reported.');
    expect(tooltip(el).textContent).to.contain(
      'did not: delivered goods to · reported · according to an official',
    );
  });

  it('draws no arrowhead for an undirected type, and points a backward type from target to source', async () => {
    const el = await mount();
    expect(edge(el, 'r-talks').querySelector('.arrow')!.getAttribute('d')).to.equal('');
    // The line of an undirected type runs all the way to both rims.
    const talks = edge(el, 'r-talks').querySelector('.line') as SVGPathElement;
    const [alpha, acme] = [centre(el, 'Alphaland'), centre(el, 'Acme Holdings')];
    const len = talks.getTotalLength();
    const end = talks.getPointAtLength(len);
    expect(Math.min(far([end.x, end.y], acme), far([end.x, end.y], alpha))).to.be.lessThan(13);
    // forward: alpha → beta, the arrowhead's tip at beta.
    const tip = (id: string) => start(edge(el, id).querySelector('.arrow')!.getAttribute('d')!);
    const [beta] = [centre(el, 'Betania')];
    expect(far(tip('r-deliver'), beta)).to.be.lessThan(far(tip('r-deliver'), alpha));
    // backward: "Acme buys goods from Betania", source acme, target beta; the goods run beta → acme.
    expect(far(tip('r-buy'), acme)).to.be.lessThan(12);
    expect(far(tip('r-buy'), beta)).to.be.greaterThan(20);
    expect(start(edge(el, 'r-buy').querySelector('.line')!.getAttribute('d')!)).to.satisfy(
      (p: [number, number]) => far(p, beta) < 12,
    );
  });

  it('says who says it in the tooltip of an edge on hover, with a link to the sentence, and the relation note', async () => {
    const el = await mount();
    over(edge(el, 'r-buy').querySelector('.hit')!);
    await el.updateComplete;
    const tip = tooltip(el);
    expect(tip.matches(':popover-open')).to.equal(true);
    expect(tip.querySelector('.tooltip-title')!.textContent).to.equal('Purchases');
    expect(tip.textContent).to.contain('Acme Holdings buys goods from Betania.');
    expect(tip.textContent).to.contain('according to Dana Reyes');
    expect(tip.querySelector('a')!.getAttribute('href')).to.match(
      /^https:\/\/example\.org\/test-article#:~:text=/,
    );
    over(edge(el, 'r-talks').querySelector('.hit')!);
    await el.updateComplete;
    expect(tip.textContent).to.contain('The talks were described as routine.');
    expect(tip.textContent).to.contain('Alphaland held talks with Acme Holdings.');
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it("says an actor's kind, role and affiliation in its tooltip on hover and focus, and in its accessible name", async () => {
    const el = await mount();
    const dana = node(el, 'Dana Reyes');
    expect(dana.getAttribute('aria-label')).to.equal(
      'Dana Reyes, person, chief executive, Acme Holdings, 1 relation',
    );
    over(dana);
    await el.updateComplete;
    expect(tooltip(el).matches(':popover-open')).to.equal(true);
    expect(tooltip(el).querySelector('.tooltip-title')!.textContent).to.equal('Dana Reyes');
    expect(tooltip(el).textContent).to.contain('Person, chief executive, Acme Holdings.');
    expect(tooltip(el).textContent).to.contain('Dana Reyes, the chief executive');
    const ed = node(el, 'Ed Okafor');
    ed.focus();
    await el.updateComplete;
    expect(tooltip(el).textContent).to.contain('Person, board chair, Supervisory Board.');
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('draws a company as a filled square of its own and names it in the key', async () => {
    const el = await mount();
    const acme = node(el, 'Acme Holdings');
    expect(acme.classList.contains('kind-company')).to.equal(true);
    expect(acme.querySelector('.shape')!.getAttribute('d')).to.match(
      /^M[\d.-]+,[\d.-]+h[\d.]+v[\d.]+h-[\d.]+z$/,
    );
    expect(getComputedStyle(acme.querySelector('.shape')!).fill).to.equal(resolved(el, 'var(--_fg)'));
    const labels = $$(el, '.legend[aria-label="Key"] .legend-label').map((l) => l.textContent);
    expect(labels).to.include.members(['Country', 'Company', 'Organisation', 'Person']);
  });

  it("takes its heading, dek, summary and notes from the dataset's presentation", async () => {
    const el = await mount();
    const words = fixture.presentation!.network!;
    expect($(el, '.title')!.textContent).to.equal(words.heading);
    expect($(el, '.dek')!.textContent).to.equal(words.dek);
    expect($(el, '.summary')!.textContent!.startsWith(`${words.summary} 6 actors`)).to.equal(true);
    expect($$(el, '.note').map((n) => n.textContent)).to.deep.equal(words.notes);
    const chart = $(el, 'svg.chart')!;
    expect(chart.getAttribute('aria-labelledby')).to.equal('title');
    expect(chart.getAttribute('aria-describedby')!.split(' ')[0]).to.equal('summary');
  });

  it('falls back to a neutral heading, no dek and no notes when the dataset gives no words', async () => {
    const el = await mount(wordless);
    expect($(el, '.title')!.textContent).to.equal('Actors and their relations');
    expect($(el, '.dek')).to.equal(null);
    expect($$(el, '.note')).to.have.length(0);
    expect(
      $(el, '.summary')!.textContent!.startsWith(
        '6 actors (2 countries, 1 company, 1 organisation and 2 people)',
      ),
    ).to.equal(true);
  });

  it('lists every relation in a data table with who says it, polarity and notes', async () => {
    const el = await mount();
    const details = $(el, 'details.data-table') as HTMLDetailsElement;
    details.open = true;
    await aTimeout(10);
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    const [claims, actors] = $$(el, 'table') as HTMLTableElement[];
    const cols = [...claims!.tHead!.rows[0]!.cells].map((th) => th.textContent!.trim());
    expect(cols).to.deep.equal([
      'Claim',
      'Type',
      'Who says it',
      'Certainty',
      'Polarity',
      'When',
      'Note',
      'Sentence',
    ]);
    const rows = [...claims!.tBodies[0]!.rows].map((tr) => [...tr.cells].map((c) => c.textContent!.trim()));
    expect(rows).to.have.length(fixture.relations.length);
    const refused = rows.find((r) => r[0] === 'Betania refused to deliver goods to Alphaland')!;
    expect(refused.slice(1, 7)).to.deep.equal([
      'Deliveries',
      'according to an official speaking on condition of anonymity',
      'reported',
      'negative: did not happen',
      '',
      '',
    ]);
    expect(refused[7]).to.match(/^“.+” \(sentence \d+\)/);
    expect(rows.find((r) => r[0]!.includes('buys goods from'))![2]).to.equal('according to Dana Reyes');
    expect(rows.find((r) => r[1] === 'Talks')![6]).to.equal('The talks were described as routine.');
    const okafor = [...actors!.tBodies[0]!.rows].find((r) => r.cells[0]!.textContent === 'Ed Okafor')!;
    expect(okafor.cells[1]!.textContent).to.equal('person, board chair, Supervisory Board');
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('grouped: a grouping of the data draws an area around its full members; an invited one stays a line', async () => {
    const el = await mount(fixture, 800, 'grouped');
    expect($$(el, 'svg.chart .hull')).to.have.length(1);
    expect($$(el, '.legend[aria-label="Key"] .legend-label').map((l) => l.textContent)).to.include(
      'Board members',
    );
    expect(edge(el, 'r-seat')).to.equal(null);
    expect(edge(el, 'r-seat-invited')).to.not.equal(null);
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('is accessible at 375 px in the dark theme', async () => {
    const el = await mount(fixture, 375);
    el.theme = 'dark';
    await el.updateComplete;
    expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
  });
});

describe('<actor-network> draws every example story from its data alone', () => {
  for (const name of ['gas-corridor', 'takeover', 'refusals'])
    it(`${name}: its heading and dek, its types' words and colours, its negative claims crossed out`, async () => {
      const data = (await (await fetch(`/examples/stories/${name}/dataset.json`)).json()) as Dataset;
      const el = await mount(data, 375);
      const words = data.presentation?.network;
      expect($(el, '.title')!.textContent).to.equal(words?.heading ?? 'Actors and their relations');
      expect($(el, '.dek')?.textContent).to.equal(words?.dek);
      expect($$(el, 'svg.chart .edge')).to.have.length(data.relations.length);
      const types = data.relationTypes.filter((t) => data.relations.some((r) => r.type === t.id));
      expect($$(el, 'button.legend-item .legend-label').map((l) => l.textContent)).to.deep.equal(
        types.map((t) => t.label),
      );
      for (const r of data.relations) {
        const g = edge(el, r.id);
        expect(g.style.getPropertyValue('color'), r.id).to.equal(typeColor(data, r.type));
        expect(g.classList.contains('negative'), r.id).to.equal(r.polarity === 'negative');
      }
      const negatives = data.relations.filter((r) => r.polarity === 'negative').length;
      expect(negatives, 'every example has a claim that did not happen').to.be.greaterThan(0);
      expect($$(el, '.legend[aria-label="Key"] .legend-label').map((l) => l.textContent)).to.include(
        'Did not happen',
      );
      expect((await axe(el)).violations.map((v) => v.id)).to.deep.equal([]);
    });
});
