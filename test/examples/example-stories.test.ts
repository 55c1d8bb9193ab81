/**
 * The example stories (examples/stories/*) drawn by all three components, each given only
 * the story's dataset: what a reader sees and what a screen reader hears. A new story is
 * data only, so every expectation here is read from the dataset, never written per story,
 * apart from the shape each story was written to exercise.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { attributionWords, certaintyWords, isNegative, relationTypeOf } from '@nutgraf/core';
import type { Dataset, Relation } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';
import type { AllianceMap } from '@nutgraf/alliance-map';
import type { ShareDonut } from '@nutgraf/share-donut';
import type { ActorNetwork } from '@nutgraf/actor-network';
import gasCorridor from '../../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../../examples/stories/refusals/dataset.json' with { type: 'json' };

const stories: [string, Dataset][] = [
  ['gas-corridor', gasCorridor as unknown as Dataset],
  ['takeover', takeover as unknown as Dataset],
  ['refusals', refusals as unknown as Dataset],
];

// ── Helpers ────────────────────────────────────────────────────────────────────────

type Axe = { run: (e: Element, o?: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
async function axeClean(el: Element) {
  const { violations } = await (window as unknown as { axe: Axe }).axe.run(el, {
    rules: { region: { enabled: false } },
  });
  expect(violations.map((v) => `${v.id} (${v.nodes.length})`)).to.deep.equal([]);
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = <T extends Element = Element>(el: Element, sel: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(sel),
];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const hover = (target: Element) => {
  for (const type of ['pointerover', 'pointerenter'])
    target.dispatchEvent(new PointerEvent(type, { bubbles: type === 'pointerover', composed: true }));
};

/** Settles a component: no loading state left, then two updates. */
async function settle(el: HTMLElement & { updateComplete: Promise<unknown> }, drawn: string) {
  await waitUntil(
    () =>
      $(el, drawn) ||
      $(el, '[data-kind="error"], [role="alert"]') ||
      $(el, '.note, .empty, [data-kind="empty"]'),
    `${el.localName} did not draw`,
    { timeout: 8000 },
  );
  for (let i = 0; i < 200 && (el as unknown as ActorNetwork).layoutRunning; i++) await aTimeout(20);
  // Until the drawing stops changing (a first layout may come before the element knows its width).
  const shape = () =>
    $$(el, '[data-relation], [data-edge], [data-entity], .slice').length + text($(el, '.summary'));
  for (let i = 0, last = ''; i < 40; i++) {
    await el.updateComplete;
    await aTimeout(50);
    const now = shape();
    if (now === last) break;
    last = now;
  }
  await el.updateComplete;
  await aTimeout(30);
  await el.updateComplete;
}

async function mount<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: 'alliance-map' | 'share-donut' | 'actor-network',
  dataset: Dataset,
  width = 900,
): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(
    tag === 'alliance-map'
      ? html`<div style="width:${width}px"><alliance-map .data=${dataset}></alliance-map></div>`
      : tag === 'share-donut'
        ? html`<div style="width:${width}px"><share-donut .data=${dataset}></share-donut></div>`
        : html`<div style="width:${width}px"><actor-network .data=${dataset}></actor-network></div>`,
  );
  const el = wrap.querySelector(tag) as T;
  await settle(
    el,
    tag === 'alliance-map' ? 'svg [role="button"]' : tag === 'share-donut' ? '.slice' : 'svg.chart',
  );
  return el;
}

const typeOfRelation = (dataset: Dataset, id: string) => dataset.relations.find((r) => r.id === id)!.type;
const stroke = (el: Element) => getComputedStyle(el).stroke;
/** What makes a line look the way it does, apart from its colour. */
const lineStyle = (el: Element) => {
  const s = getComputedStyle(el);
  return `${s.stroke} | ${s.strokeDasharray} | ${s.opacity}`;
};
const alreadyOnce = (xs: string[]) => [...new Set(xs)];

/** Legend words of a component: the text of every legend label. */
const legendLabels = (el: Element) => $$(el, '.legend-label').map((l) => text(l));

/** The colour of the legend key of the item labelled `label`, or undefined. */
function legendColor(el: Element, label: string): string | undefined {
  const item = $$(el, '.legend-item').find((i) => text(i.querySelector('.legend-label')) === label);
  const keyEl = item?.querySelector('.legend-key');
  return keyEl ? getComputedStyle(keyEl).color : undefined;
}

/**
 * Every relation sentence the network announces, walking with the arrow key along each of an
 * actor's relations and back with Backspace.
 */
async function networkAnnouncements(el: ActorNetwork): Promise<string[]> {
  const heard: string[] = [];
  const live = $(el, '[aria-live]')!;
  const press = async (k: string) => {
    key(el.shadowRoot!.activeElement!, k);
    await el.updateComplete;
    await aTimeout(0);
  };
  for (const node of $$<SVGGElement>(el, '.node')) {
    node.focus();
    await el.updateComplete;
    let total = 1;
    for (let i = 0; i < total && i < 60; i++) {
      await press('ArrowRight');
      const said = text(live);
      heard.push(said);
      const of = / of (\d+)\.$/.exec(said);
      if (of) total = Number(of[1]);
      if (el.shadowRoot!.activeElement !== node) await press('Backspace');
    }
  }
  return heard;
}

/** Uncaught errors and console errors while a test runs. */
const trouble: string[] = [];
const onError = (e: ErrorEvent) => trouble.push(`uncaught: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => trouble.push(`unhandled rejection: ${String(e.reason)}`);
let consoleError: typeof console.error;

beforeEach(() => {
  trouble.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  consoleError = console.error;
  console.error = (...args: unknown[]) => {
    trouble.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = consoleError;
  expect(trouble, 'no uncaught errors and no console errors').to.deep.equal([]);
});

// ── Every story, every component ──────────────────────────────────────────────────

for (const [name, dataset] of stories) {
  const words = dataset.presentation ?? {};
  const usedTypes = alreadyOnce(dataset.relations.map((r) => r.type));
  const attributed = dataset.relations.filter((r) => attributionWords(dataset, r.attribution));
  const negatives = dataset.relations.filter((r) => isNegative(r));

  describe(`example story "${name}"`, () => {
    it('is a self-written, version-2 dataset with its own vocabulary and words', () => {
      expect(dataset.schemaVersion).to.equal(2);
      expect(dataset.source.selfWritten).to.equal(true);
      expect(dataset.source.note).to.match(/self-written/i);
      expect(dataset.relationTypes.length).to.be.greaterThan(0);
      for (const type of usedTypes)
        expect(
          dataset.relationTypes.map((t) => t.id),
          `type ${type} is declared`,
        ).to.include(type);
      expect(words.map?.heading && words.share?.heading && words.network?.heading).to.be.a('string');
    });

    describe('<alliance-map>', () => {
      it('draws as arcs the relations of the types the dataset names, between the places it gives', async () => {
        const el = await mount<AllianceMap>('alliance-map', dataset);
        const place = (id: string) => {
          const e = dataset.entities.find((x) => x.id === id)!;
          return e.kind === 'country' ? e.iso3 : e.location?.iso3;
        };
        const expected = dataset.relations.filter(
          (r) =>
            words.map?.arcs?.includes(r.type) &&
            !isNegative(r) &&
            place(r.source) &&
            place(r.target) &&
            place(r.source) !== place(r.target),
        );
        expect(expected.length, 'the story has arcs to draw').to.be.greaterThan(0);
        // Each is an arc, or (where no arrow can be drawn) said in words under the map; never dropped.
        const said = text($(el, '.undrawn'));
        for (const r of expected)
          expect(
            $(el, `.arc[data-relation="${r.id}"]`) !== null ||
              said.includes(r.label ?? relationTypeOf(dataset, r.type).verb),
            `${r.id} drawn or named`,
          ).to.equal(true);
      });

      it('shows the heading and dek from the dataset, and is axe clean', async () => {
        const el = await mount<AllianceMap>('alliance-map', dataset);
        expect(text($(el, '.title'))).to.equal(words.map!.heading);
        if (words.map?.dek) expect(text(el.shadowRoot as unknown as Element)).to.include(words.map.dek);
        await axeClean(el);
      });

      for (const width of [375, 1280])
        it(`frames the story's countries at ${width} px`, async () => {
          const el = await mount<AllianceMap>('alliance-map', dataset, width);
          await aTimeout(50);
          const frame = $(el, '.frame')!.getBoundingClientRect();
          const framed = words.map?.frame;
          const countries = dataset.entities.filter(
            (e) =>
              e.kind === 'country' &&
              (framed
                ? framed.includes(e.id) || framed.includes(e.iso3!)
                : dataset.relations.some((r) => r.source === e.id || r.target === e.id)),
          );
          for (const c of countries) {
            const mark = $(el, `[data-entity="${c.id}"]`);
            expect(mark, `${c.id} is on the map`).to.not.equal(null);
            const box = mark!.getBoundingClientRect();
            const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
            const inside = x > frame.left && x < frame.right && y > frame.top && y < frame.bottom;
            expect(inside, `${c.id} inside the frame`).to.equal(true);
          }
        });

      it("names arc kinds in the legend with the dataset's type labels, one colour per type", async () => {
        const el = await mount<AllianceMap>('alliance-map', dataset);
        const arcs = $$(el, '.arc[data-relation]');
        const drawnTypes = alreadyOnce(
          arcs.map((a) => typeOfRelation(dataset, a.getAttribute('data-relation')!)),
        );
        const labels = legendLabels(el);
        for (const type of drawnTypes)
          expect(labels, `legend names ${type}`).to.include(relationTypeOf(dataset, type).label);
        // No raw type id where the dataset gives a word for it.
        for (const t of dataset.relationTypes) if (t.id !== t.label) expect(labels).to.not.include(t.id);
        for (const type of drawnTypes) {
          const lines = arcs
            .filter((a) => typeOfRelation(dataset, a.getAttribute('data-relation')!) === type)
            .filter(
              (a) => !isNegative(dataset.relations.find((r) => r.id === a.getAttribute('data-relation'))!),
            )
            .map((a) => stroke(a.querySelector('.arc-line')!));
          expect(alreadyOnce(lines), `one colour for ${type}`).to.have.length.at.most(1);
          if (lines.length) expect(legendColor(el, relationTypeOf(dataset, type).label)).to.equal(lines[0]);
        }
      });

      it('says certainty, negation and who said it for every arc it draws', async () => {
        const el = await mount<AllianceMap>('alliance-map', dataset);
        for (const arc of $$<SVGElement>(el, '.arc[data-relation]')) {
          const relation = dataset.relations.find((r) => r.id === arc.getAttribute('data-relation'))!;
          const name = arc.getAttribute('aria-label')!;
          if (relation.certainty !== 'asserted') expect(name).to.include(certaintyWords(relation.certainty));
          if (isNegative(relation)) expect(name, relation.id).to.match(/did not/);
          arc.focus();
          await el.updateComplete;
          await aTimeout(0);
          const tip = text($(el, '.tooltip'));
          const said = attributionWords(dataset, relation.attribution);
          if (said) expect(tip, `${relation.id} tooltip`).to.include(said);
          if (isNegative(relation)) expect(tip).to.match(/did not/);
        }
      });

      it('draws a claim that did not happen unlike one that did, if it draws it at all', async () => {
        const el = await mount<AllianceMap>('alliance-map', dataset);
        for (const relation of negatives) {
          const arc = $(el, `.arc[data-relation="${relation.id}"]`);
          if (!arc) continue;
          const positives = $$(el, `.arc[data-certainty="${relation.certainty}"]`).filter(
            (a) => !isNegative(dataset.relations.find((r) => r.id === a.getAttribute('data-relation'))!),
          );
          for (const p of positives)
            expect(lineStyle(arc.querySelector('.arc-line')!), relation.id).to.not.equal(
              lineStyle(p.querySelector('.arc-line')!),
            );
        }
      });
    });

    describe('<share-donut>', () => {
      it('shows the heading from the dataset, the series it names, and is axe clean', async () => {
        const el = await mount<ShareDonut>('share-donut', dataset, 600);
        expect(text($(el, '.title'))).to.equal(words.share!.heading);
        const series = dataset.series.find((s) => s.id === words.share!.series)!;
        expect(series, 'presentation names a series').to.not.equal(undefined);
        const slices = $$(el, '.slice');
        expect(slices).to.have.length(series.values.length);
        // A value of an entity may be named by the entity; a stated rest keeps its own words.
        const legend = legendLabels(el).join(' | ');
        for (const v of series.values) {
          const entity = dataset.entities.find((e) => e.id === v.entity);
          if (v.remainder === 'stated' || !entity) expect(legend).to.include(v.label);
          else expect(legend).to.satisfy((l: string) => l.includes(v.label) || l.includes(entity.name));
        }
        await axeClean(el);
      });

      it('says certainty and who said it in the tooltip of each slice', async () => {
        const el = await mount<ShareDonut>('share-donut', dataset, 600);
        const series = dataset.series.find((s) => s.id === words.share!.series)!;
        for (const [i, slice] of $$<SVGElement>(el, '.slice').entries()) {
          slice.focus();
          await el.updateComplete;
          await aTimeout(0);
          const tip = text($(el, '.tooltip'));
          const value = series.values[i]!;
          expect(tip, value.label).to.include(certaintyWords(value.certainty));
          const said = attributionWords(dataset, value.attribution);
          if (said) expect(tip, value.label).to.include(said);
        }
      });
    });

    describe('<actor-network>', () => {
      it('shows the heading and dek from the dataset, and is axe clean', async () => {
        const el = await mount<ActorNetwork>('actor-network', dataset);
        expect(text($(el, '.title'))).to.equal(words.network!.heading);
        if (words.network?.dek) expect(text($(el, '.dek'))).to.equal(words.network.dek);
        expect($$(el, '.node')).to.have.length(dataset.entities.length);
        await axeClean(el);
      });

      it("names every type in the legend with the dataset's labels, in the map's colours", async () => {
        const el = await mount<ActorNetwork>('actor-network', dataset);
        const map = await mount<AllianceMap>('alliance-map', dataset);
        const labels = legendLabels(el);
        const drawn = new Set(
          $$(el, '.edge[data-edge]').map((e) => typeOfRelation(dataset, e.getAttribute('data-edge')!)),
        );
        for (const type of usedTypes) {
          // A type only full members of a grouping use is drawn as the grouping's area, keyed by its words.
          const grouping = dataset.groupings.find((g) => g.from?.type === type);
          const label = grouping && !drawn.has(type) ? grouping.label : relationTypeOf(dataset, type).label;
          expect(labels, type).to.include(label);
        }
        for (const t of dataset.relationTypes) if (t.id !== t.label) expect(labels).to.not.include(t.id);
        const colours = new Map<string, string>();
        for (const edge of $$(el, '.edge[data-edge]:not(.negative)')) {
          const type = typeOfRelation(dataset, edge.getAttribute('data-edge')!);
          const colour = stroke(edge.querySelector('.line')!);
          expect(colours.get(type) ?? colour, `one colour for ${type}`).to.equal(colour);
          colours.set(type, colour);
        }
        // The map gives a type the same colour as the network.
        for (const arc of $$(map, '.arc[data-relation]')) {
          const relation = dataset.relations.find((r) => r.id === arc.getAttribute('data-relation'))!;
          if (isNegative(relation) || !colours.has(relation.type)) continue;
          expect(stroke(arc.querySelector('.arc-line')!), relation.type).to.equal(colours.get(relation.type));
        }
        // Types in different palette slots look different.
        const distinct = alreadyOnce([...colours.values()]);
        expect(distinct.length).to.equal(Math.min(colours.size, 7));
      });

      it('announces every relation with its certainty, negation and speaker', async () => {
        const el = await mount<ActorNetwork>('actor-network', dataset);
        const heard = await networkAnnouncements(el);
        for (const r of dataset.relations as Relation[]) {
          const label = r.label ?? relationTypeOf(dataset, r.type).verb;
          const sentence = heard.find((h) => h.includes(`, ${label}, `));
          expect(sentence, `announced: ${r.id}`).to.be.a('string');
          expect(sentence).to.include(certaintyWords(r.certainty));
          if (isNegative(r)) expect(sentence, r.id).to.match(/did not/);
          const said = attributionWords(dataset, r.attribution);
          if (said) expect(sentence, r.id).to.include(said);
        }
      });

      it('shows who said it in the tooltip of a hovered relation, and draws refusals apart', async () => {
        const el = await mount<ActorNetwork>('actor-network', dataset);
        for (const r of attributed) {
          const edge = $(el, `.edge[data-edge="${r.id}"]`);
          expect(edge, r.id).to.not.equal(null);
          hover(edge!.querySelector('.hit') ?? edge!);
          await el.updateComplete;
          await aTimeout(0);
          const tip = text($(el, '.tooltip'));
          expect(tip, r.id).to.include(attributionWords(dataset, r.attribution)!);
          if (isNegative(r)) expect(tip).to.match(/did not/);
        }
        for (const r of negatives) {
          const edge = $(el, `.edge[data-edge="${r.id}"]`)!;
          expect(edge.classList.contains('negative'), r.id).to.equal(true);
          const same = $$(el, `.edge.certainty-${r.certainty}:not(.negative)`);
          for (const p of same)
            expect(lineStyle(edge.querySelector('.line')!)).to.not.equal(
              lineStyle(p.querySelector('.line')!),
            );
        }
      });
    });
  });
}

// ── What each story was written to exercise ────────────────────────────────────────

describe('example story shapes', () => {
  const gas = gasCorridor as unknown as Dataset;
  const bid = takeover as unknown as Dataset;

  it('gas corridor: the donut speaks in billion cubic metres, with the rest as stated and nothing "not specified"', async () => {
    const el = await mount<ShareDonut>('share-donut', gas, 600);
    const names = $$(el, '.slice').map((s) => s.getAttribute('aria-label')!);
    expect(names.length).to.equal(3);
    for (const n of names) expect(n).to.match(/bcm|billion cubic metres/);
    expect(names.join(' ')).to.not.match(/%/);
    expect(names.join(' ')).to.include('2.9');
    expect(text(el.shadowRoot as unknown as Element)).to.not.match(/not specified/i);
    const stated = gas.series[0]!.values.find((v) => v.remainder === 'stated')!;
    expect(legendLabels(el).join(' | ')).to.include(stated.label);
  });

  it('gas corridor: an "imports from" arc runs from the seller to the buyer', async () => {
    const el = await mount<AllianceMap>('alliance-map', gas);
    const relation = gas.relations.find(
      (r) => relationTypeOf(gas, r.type).direction === 'backward' && !isNegative(r),
    )!;
    const arc = $(el, `.arc[data-relation="${relation.id}"]`);
    expect(arc, `${relation.id} is drawn`).to.not.equal(null);
    const centre = (e: Element) => {
      const b = e.getBoundingClientRect();
      return [b.left + b.width / 2, b.top + b.height / 2] as const;
    };
    const head = centre(arc!.querySelector('.arc-head')!);
    const at = (id: string) => centre($(el, `[data-entity="${id}"]`)!);
    const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    // Buyer = source, seller = target; the gas flows target → source, so the head is at the buyer.
    expect(distance(head, at(relation.source))).to.be.lessThan(distance(head, at(relation.target)));
  });

  it('takeover: the map frames the two countries (or says why not), never an empty world', async () => {
    const el = await mount<AllianceMap>('alliance-map', bid);
    const frame = $(el, '.frame')!.getBoundingClientRect();
    const note = text($(el, '.notes'));
    const placed = ['DEU', 'NLD']
      .map((iso) => bid.entities.find((e) => e.kind === 'country' && e.iso3 === iso)!)
      .map((e) => $(el, `[data-entity="${e.id}"]`));
    if (placed.every(Boolean)) {
      // Drawn: the two countries fill a good part of the map, not two specks on a world.
      const boxes = placed.map((p) => p!.getBoundingClientRect());
      const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
      expect(width / frame.width, 'the two countries span the frame').to.be.greaterThan(0.25);
      expect(frame.height, 'compact').to.be.at.most(600);
      expect($(el, '.arc[data-relation="kestrel-elbtor-bid"]'), 'the bid is an arc').to.not.equal(null);
    } else {
      expect(frame.height, 'a short note, not a large box').to.be.at.most(200);
      expect(note.length).to.be.greaterThan(0);
    }
  });

  it('takeover: roles and affiliations reach the network tooltip and its accessible names', async () => {
    const el = await mount<ActorNetwork>('actor-network', bid);
    for (const person of bid.entities.filter((e) => e.kind === 'person')) {
      const node = $$(el, '.node').find((n) => n.getAttribute('data-entity') === person.id)!;
      expect(node.getAttribute('aria-label'), person.id).to.include(person.role!);
      (node as SVGGElement).focus();
      await el.updateComplete;
      const affiliation = bid.entities.find((e) => e.id === person.affiliation)!;
      expect(text($(el, '.tooltip')), person.id)
        .to.include(person.role!)
        .and.include(affiliation.shortName ?? affiliation.name);
    }
  });

  it('refusals: the anonymous source and the diplomats are named as the article names them', async () => {
    const data = refusals as unknown as Dataset;
    const el = await mount<ActorNetwork>('actor-network', data);
    const heard = (await networkAnnouncements(el)).join('\n');
    expect(heard).to.include('according to an official speaking on condition of anonymity');
    expect(heard).to.include('according to diplomats');
    expect(heard).to.match(/refused to join the sanctions of/);
    expect(heard).to.match(/declined to comment/);
  });
});
