import { expect } from '@open-wc/testing';
import { geoEqualEarth } from 'd3-geo';
import { defaultDataset } from '@nutgraf/core';
import type { Dataset, Entity } from '@nutgraf/core';
import { DE_FACTO_URL, DE_JURE_URL, decodeWorldChunked, loadWorld } from '../src/geo/world.js';
import type { CountryShape, World } from '../src/geo/world.js';
import { planArcs } from '../src/arcs.js';
import { mapGroupings } from '../src/groupings.js';
import { labelWidth, placeLabels } from '../src/labels.js';
import { fitCodes, layoutMap } from '../src/layout.js';
import type { LayoutOptions, MapModel } from '../src/layout.js';
import { fewPlacesDataset, refusalsDataset } from './fixtures.js';

const CRIMEA: [number, number] = [34.1, 44.9];
const name = (e: Entity) => e.name;

const groupingOf = (ds: Dataset, id = ds.presentation?.map?.grouping) =>
  mapGroupings(ds).find((g) => g.id === id) ?? mapGroupings(ds)[0];

function layout(ds: Dataset, world: World, extra: Partial<LayoutOptions> = {}): MapModel {
  return layoutMap(ds, world, {
    width: 1000,
    height: 560,
    grouping: groupingOf(ds),
    name,
    labelSize: 12,
    ...extra,
  });
}

/** Whether a [lon, lat] point lies inside a shipped country shape (SVG fill test). */
function contains(world: World, shape: CountryShape, lonlat: [number, number]): boolean {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', shape.d);
  svg.append(path);
  document.body.append(svg);
  const [x, y] = world.project(lonlat);
  const inside = path.isPointInFill(new DOMPoint(x, y));
  svg.remove();
  return inside;
}

const startOf = (d: string) =>
  d
    .match(/^M(-?[\d.]+),(-?[\d.]+)/)!
    .slice(1)
    .map(Number);

describe('alliance-map geometry', () => {
  let dejure: World;
  let defacto: World;
  before(async () => {
    [dejure, defacto] = await Promise.all([loadWorld(DE_JURE_URL), loadWorld(DE_FACTO_URL)]);
  });

  it('fetches each geometry once, however many maps ask', async () => {
    expect(loadWorld(DE_JURE_URL)).to.equal(loadWorld(DE_JURE_URL));
    expect(await loadWorld(DE_JURE_URL)).to.equal(dejure);
  });

  it('hands the decoded world over in a task after its last slice', async () => {
    const asset = await (await fetch(DE_JURE_URL)).json();
    let handed = false;
    // One slice (no time limit) decodes it all: the world still comes in a later task, so what
    // a map does with it does not add to that slice.
    const decoding = decodeWorldChunked(asset, 'test', Infinity).then((w) => ((handed = true), w));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(handed, 'handed over in the task of its last slice').to.equal(false);
    expect((await decoding).features.length).to.equal(dejure.features.length);
  });

  it('puts Crimea in Ukraine by default (de jure)', () => {
    expect(contains(dejure, dejure.byA3.get('UKR')!, CRIMEA)).to.equal(true);
    expect(contains(dejure, dejure.byId.get('643')!, CRIMEA)).to.equal(false);
    expect(contains(dejure, dejure.byId.get('643')!, [37.6, 55.75])).to.equal(true); // Moscow
  });

  it('puts Crimea in Russia with de facto borders', () => {
    expect(contains(defacto, defacto.byId.get('804')!, CRIMEA)).to.equal(false);
    expect(contains(defacto, defacto.byId.get('643')!, CRIMEA)).to.equal(true);
  });

  it('fits de facto geometry by alpha-3 codes too', () => {
    expect(defacto.byA3.get('GEO')!.id).to.equal('268');
  });

  it('has no Antarctica and keeps ids and alpha-3 codes', () => {
    expect(dejure.byId.has('010')).to.equal(false);
    expect(dejure.byId.get('364')!.a3).to.equal('IRN');
    expect(dejure.features.length).to.be.greaterThan(170);
  });

  it('projects points exactly as the shapes were projected (d3 Equal Earth, rotated 11°)', () => {
    const d3 = geoEqualEarth().rotate([-11, 0]).fitWidth(dejure.width, { type: 'Sphere' });
    for (const p of [
      [34.1, 44.9],
      [-170, 66],
      [179, -17],
      [-98, 39],
      [0, 0],
    ] as [number, number][]) {
      const [ax, ay] = dejure.project(p);
      const [bx, by] = d3(p)!;
      expect(Math.hypot(ax - bx, ay - by), String(p)).to.be.lessThan(0.01);
    }
  });

  it('draws Russia whole: no Chukotka sliver at the far left', () => {
    for (const world of [dejure, defacto]) {
      const [[x0], [x1]] = world.byId.get('643')!.bounds;
      expect(x0).to.be.greaterThan(world.width * 0.45);
      expect(x1).to.be.lessThan(world.width);
      // No shape spans the frame (a polygon drawn across the cut would).
      for (const f of world.features)
        expect(f.bounds[1][0] - f.bounds[0][0], f.id).to.be.lessThan(world.width * 0.6);
    }
  });
});

describe('alliance-map layout', () => {
  let world: World;
  before(async () => {
    world = await loadWorld(DE_JURE_URL);
  });

  it('fits every country of the story inside the frame by default', () => {
    const model = layout(defaultDataset, world);
    expect(model.marks.length).to.be.greaterThan(15);
    for (const m of model.marks) {
      expect(m.x, m.id).to.be.within(0, 1000);
      expect(m.y, m.id).to.be.within(0, 560);
    }
  });

  it("frames a list of ISO codes when asked, closer than the story's own view", () => {
    const world1 = layout(defaultDataset, world);
    const me = layout(defaultDataset, world, { fit: fitCodes('IRN,ISR,SYR,SAU,TUR,EGY') });
    expect(me.transform.k).to.be.greaterThan(world1.transform.k * 3);
    const at = (id: string) => me.marks.find((m) => m.id === id)!;
    for (const id of ['iran', 'israel', 'saudi-arabia', 'syria']) {
      expect(at(id).x, id).to.be.within(0, 1000);
      expect(at(id).y, id).to.be.within(0, 560);
    }
    expect(at('united-states').x).to.be.lessThan(0);
  });

  it('fits to a list of ISO codes', () => {
    const model = layout(defaultDataset, world, { fit: fitCodes('UKR, RUS') });
    const ukraine = model.marks.find((m) => m.id === 'ukraine')!;
    expect(ukraine.x).to.be.within(0, 1000);
    expect(model.marks.find((m) => m.id === 'venezuela')!.x).to.be.lessThan(0);
  });

  /** Every point of an SVG path string (M/L commands only, as the layout writes them). */
  const pointsOf = (d: string) =>
    [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

  for (const [width, height] of [
    [375, 400],
    [343, 300],
    [640, 300],
    [1280, 680],
    [1248, 669],
  ])
    it(`keeps every arc it draws inside the frame by default at ${width} × ${height}`, () => {
      const model = layout(defaultDataset, world, { width, height, labelSize: width < 600 ? 11 : 12 });
      expect(model.arcs.length).to.be.greaterThan(width < 560 ? 5 : 9);
      for (const arc of model.arcs)
        for (const [x, y] of [...pointsOf(arc.d), ...pointsOf(arc.head)]) {
          expect(x, `${arc.id} x`).to.be.within(0, width);
          expect(y, `${arc.id} y`).to.be.within(0, height);
        }
    });

  it('fits the whole story with every arc uncut on a wide frame (the Arctic arcs included)', () => {
    const model = layout(defaultDataset, world, { width: 1280, height: 680 });
    expect(model.core).to.equal(false);
    expect(model.arcs.filter((a) => a.cut)).to.deep.equal([]);
    for (const id of ['united-states-russia-seizure', 'united-states-iran-attack-airstrikes'])
      expect(
        model.arcs.some((a) => a.id === id),
        id,
      ).to.equal(true);
  });

  it("fits a phone to the story's core and names the countries beyond the edge", () => {
    const model = layout(defaultDataset, world, { width: 375, height: 400, labelSize: 11 });
    const wide = layout(defaultDataset, world, {
      width: 375,
      height: 400,
      labelSize: 11,
      fit: fitCodes('RUS,USA,IDN,BRA'),
    });
    expect(model.core).to.equal(true);
    expect(model.transform.k).to.be.greaterThan(wide.transform.k * 2);
    const at = (id: string) => model.marks.find((m) => m.id === id)!;
    for (const id of ['iran', 'israel', 'syria', 'ukraine'])
      expect([at(id).x, at(id).y], id).to.satisfy(([x, y]: number[]) => x > 0 && x < 375 && y > 0 && y < 400);
    expect(model.arcs.find((a) => a.id === 'united-states-iran-attack-airstrikes')!.cut).to.equal('start');
    expect(model.edgeLabels.map((l) => l.text)).to.include('United States');
    expect(model.minZoom).to.be.lessThan(0.6);
  });

  it('moves a wide view towards the middle of the world, leaving no empty band beside it', () => {
    for (const [width, height] of [
      [1280, 700],
      [1280, 900],
      [900, 560],
    ]) {
      const model = layout(defaultDataset, world, { width, height });
      const { k, y } = model.transform;
      const span = world.height * k;
      const at = `${width} × ${height}`;
      // Arcs over the pole may hold the world down a little: then one touches the top.
      const arcsTop = Math.min(...model.arcs.flatMap((a) => pointsOf(a.d).map(([, py]) => py!)));
      // Taller than the frame: no band above or below the world; shorter: all of it inside.
      if (span >= height) {
        expect(y <= 0.5 || arcsTop < 12, `${at}: band above`).to.equal(true);
        expect(y + span, `${at}: band below`).to.be.at.least(height - 0.5);
      } else expect([y >= -0.5, y + span <= height + 0.5], at).to.deep.equal([true, true]);
      expect(arcsTop, at).to.be.at.least(0);
    }
  });

  it("keeps a phone's view on the whole story when the story is not world-wide", () => {
    const model = layout(refusalsDataset(), world, { width: 375, height: 400, labelSize: 11 });
    expect(model.core).to.equal(false);
    for (const id of ['argentina', 'chile', 'uruguay', 'fleet']) {
      const m = model.marks.find((x) => x.id === id)!;
      expect([m.x, m.y], id).to.satisfy(([x, y]: number[]) => x > 0 && x < 375 && y > 0 && y < 400);
    }
  });

  it('draws no arrow for a possible counter-strike without a place, but keeps possible strikes with a precedent', () => {
    const model = layout(defaultDataset, world);
    const ids = model.arcs.map((a) => a.id);
    expect(ids).to.not.include('iran-united-states-attack-counter-strikes');
    expect(ids).to.include.members(['israel-iran-attack-possible', 'united-states-iran-attack-possible']);
    // Possible, with no arc of its type that happened between the same two: listed, not drawn.
    expect(planArcs(defaultDataset).undrawn.map((r) => r.id)).to.deep.equal([
      'iran-united-states-attack-counter-strikes',
      'russia-iran-help-counter-strikes-not',
    ]);
  });

  it('starts and ends each arc at the right countries', () => {
    const model = layout(defaultDataset, world);
    const mark = (id: string) => model.marks.find((m) => m.id === id)!;
    const arc = model.arcs.find((a) => a.id === 'iran-russia-arms-supply')!;
    const [sx, sy] = startOf(arc.d);
    const [tx, ty] = startOf(arc.head);
    expect(Math.hypot(sx - mark('iran').x, sy - mark('iran').y)).to.be.lessThan(1);
    expect(Math.hypot(tx - mark('russia').x, ty - mark('russia').y)).to.be.lessThan(1);
  });

  it("runs a backward type's arrow from the target to the source", () => {
    const backward = defaultDataset.relationTypes.filter((t) => t.direction === 'backward').map((t) => t.id);
    const model = layout(defaultDataset, world);
    const arcs = model.arcs.filter((a) => backward.includes(a.relation.type));
    expect(arcs.length).to.be.greaterThan(0);
    for (const arc of arcs)
      expect([arc.from, arc.to]).to.deep.equal([arc.relation.target, arc.relation.source]);
  });

  it('draws only the types presentation.map.arcs names, else every type but the ones groupings are made of', () => {
    const listed = defaultDataset.presentation!.map!.arcs!;
    expect(planArcs(defaultDataset).types.every((t) => listed.includes(t))).to.equal(true);
    const ds = structuredClone(defaultDataset) as Dataset;
    delete ds.presentation;
    const grouped = ds.groupings.map((g) => g.from?.type);
    const types = planArcs(ds).types;
    expect(types.length).to.be.greaterThan(listed.length);
    expect(types.some((t) => grouped.includes(t))).to.equal(false);
  });

  it('bends parallel arcs apart (a strike and a possible strike)', () => {
    const model = layout(defaultDataset, world);
    const a = model.arcs.find((x) => x.id === 'israel-iran-attack-airstrikes')!;
    const b = model.arcs.find((x) => x.id === 'israel-iran-attack-possible')!;
    expect(a.d).to.not.equal(b.d);
  });

  it('hides the arcs of a toggled-off type', () => {
    const type = layout(defaultDataset, world).arcs[0]!.relation.type;
    const model = layout(defaultDataset, world, { hiddenArcs: new Set([type]) });
    expect(model.arcs.length).to.be.greaterThan(0);
    expect(model.arcs.some((a) => a.relation.type === type)).to.equal(false);
  });

  it('fills full members, lightens members known from outside, hatches frozen, former and invited ones', () => {
    for (const g of defaultDataset.groupings) {
      const model = layout(defaultDataset, world, { grouping: groupingOf(defaultDataset, g.id) });
      for (const m of model.marks.filter((x) => x.member)) {
        const full = (m.member!.status ?? 'active') === 'active' && m.member!.certainty === 'asserted';
        expect(m.style, `${g.id} ${m.id}`).to.equal(
          !full ? 'partial' : m.member!.basis === 'outside' ? 'outside' : 'full',
        );
        expect(m.fill).to.equal(groupingOf(defaultDataset, g.id).color);
      }
    }
    const model = layout(refusalsDataset(), world);
    const style = (id: string) => model.marks.find((m) => m.id === id)!.style;
    expect([
      style('argentina'),
      style('chile'),
      style('brazil'),
      style('paraguay'),
      style('uruguay'),
    ]).to.deep.equal(['full', 'partial', 'partial', 'outside', null]);
  });

  it('places an actor by its location and a person at their affiliation', () => {
    const model = layout(refusalsDataset(), world);
    const fleet = model.marks.find((m) => m.id === 'fleet')!;
    expect(fleet.d).to.equal(null);
    expect(fleet.point).to.not.equal(null);
    expect(model.markOf.get('minister')).to.equal('uruguay');
    expect(model.marks.some((m) => m.id === 'minister')).to.equal(false);
    const talks = model.arcs.find((a) => a.id === 'minister-talks-argentina')!;
    expect([talks.from, talks.to, talks.head]).to.deep.equal(['uruguay', 'argentina', '']);
    const sanctions = model.arcs.find((a) => a.id === 'argentina-sanctions-fleet')!;
    const [tx, ty] = startOf(sanctions.head);
    expect(Math.hypot(tx - fleet.point!.x, ty - fleet.point!.y)).to.be.lessThan(1);
  });

  it('draws a claim that did not happen without an arrowhead, crossed at its middle', () => {
    const model = layout(refusalsDataset(), world);
    const refused = model.arcs.find((a) => a.id === 'uruguay-sanctions-fleet')!;
    expect(refused.negative).to.equal(true);
    expect(refused.head).to.equal('');
    expect(refused.cross).to.match(/^M[\d.-]+,[\d.-]+l8,8M/);
    expect(model.arcs.find((a) => a.id === 'argentina-sanctions-fleet')!.cross).to.equal('');
  });

  it("frames the story's placed actors, never closer than a twelfth of the world's width", () => {
    const model = layout(fewPlacesDataset(), world, { width: 1000, height: 400 });
    expect(model.transform.k).to.be.at.most(1000 / (world.width / 12) + 1e-9);
    for (const m of model.marks) {
      expect(m.x, m.id).to.be.within(0, 1000);
      expect(m.y, m.id).to.be.within(0, 400);
    }
    // Actors at one anchor sit apart.
    const [nl, bidder] = ['netherlands', 'bidder'].map((id) => model.marks.find((m) => m.id === id)!);
    expect(Math.hypot(nl.x - bidder.x, nl.y - bidder.y)).to.be.greaterThan(8);
  });

  it('frames presentation.map.frame or entity ids as well as ISO codes', () => {
    const model = layout(refusalsDataset(), world, { fit: ['fleet', 'URY'] });
    const fleet = model.marks.find((m) => m.id === 'fleet')!;
    const uruguay = model.marks.find((m) => m.id === 'uruguay')!;
    expect(fleet.point!.y).to.be.within(0, 560);
    expect(uruguay.y).to.be.within(0, 560);
  });

  it('shows small states as points: Bahrain, Singapore, Malta', () => {
    const ds = structuredClone(defaultDataset);
    const add = (id: string, iso3: string, isoNumeric: string) =>
      ds.entities.push({
        ...ds.entities.find((e) => e.id === 'iran')!,
        id,
        name: id,
        iso3,
        isoNumeric,
        iso2: undefined,
      });
    add('bahrain', 'BHR', '048');
    add('singapore', 'SGP', '702');
    add('malta', 'MLT', '470');
    const model = layout(ds, world);
    for (const id of ['bahrain', 'singapore', 'malta']) {
      const m = model.marks.find((x) => x.id === id)!;
      expect(m, id).to.not.equal(undefined);
      expect(m.d).to.equal(null);
      expect(m.point!.x).to.be.within(0, 1000);
    }
    expect(model.unknown).to.deep.equal([]);
  });

  it('names countries with an unknown code and draws the rest', () => {
    const ds = structuredClone(defaultDataset);
    ds.entities.push({
      ...ds.entities.find((e) => e.id === 'iran')!,
      id: 'atlantis',
      name: 'Atlantis',
      iso3: 'ATL',
      isoNumeric: '999',
    });
    const model = layout(ds, world);
    expect(model.unknown.map((e) => e.name)).to.deep.equal(['Atlantis']);
    expect(model.marks.some((m) => m.id === 'iran')).to.equal(true);
  });

  it('labels the actors without collisions, at least 11 px on a phone', () => {
    const model = layout(defaultDataset, world, { width: 375, height: 220, labelSize: 11 });
    const boxes = model.labels.map((l) => {
      const w = labelWidth(l.text, 11);
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
      return [x0, l.y - 6.6, x0 + w, l.y + 6.6];
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
        expect(overlap, `${model.labels[i].text} / ${model.labels[j].text}`).to.equal(false);
      }
    expect(model.labels.some((l) => l.id === 'iran')).to.equal(true);
  });

  it('names every actor and member on a phone: by name where it fits, else by a number the key names', () => {
    for (const [width, height] of [
      [320, 120],
      [375, 220],
      [1000, 560],
    ]) {
      const model = layout(defaultDataset, world, { width, height, labelSize: 11 });
      const labelled = new Set(model.labels.map((l) => l.id));
      const inFrame = model.marks.filter(
        (m) => (m.actor || m.member) && m.x >= 0 && m.x <= width && m.y >= 0 && m.y <= height,
      );
      const missing = inFrame.filter((m) => !labelled.has(m.id)).map((m) => m.id);
      expect(missing, `${width} px: unlabelled`).to.deep.equal([]);
      const numbered = model.labels.filter((l) => l.key);
      expect(
        numbered.map((l) => l.key!.n),
        'numbered 1, 2, 3…',
      ).to.deep.equal(numbered.map((_, i) => i + 1));
      for (const l of numbered) expect(l.text).to.equal(String(l.key!.n));
    }
  });
});

describe('placeLabels', () => {
  it('drops or moves a label that would collide, keeping the more important one in place', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Iran', x: 100, y: 50, priority: 2 },
        { id: 'b', text: 'Iraq', x: 102, y: 50, priority: 1 },
      ],
      200,
      100,
      12,
    );
    expect(placed[0]).to.include({ id: 'a', x: 100, y: 50, anchor: 'middle' });
    expect(placed.length === 1 || placed[1].x !== 102 || placed[1].y !== 50).to.equal(true);
  });

  it('numbers a name that fits nowhere, in reading order, and the key keeps the name', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Alpha', x: 50, y: 30, priority: 3 },
        { id: 'low', text: 'A name far too long to fit', x: 50, y: 60, priority: 1 },
        { id: 'high', text: 'Another name far too long', x: 80, y: 10, priority: 2 },
      ],
      100,
      70,
      12,
    );
    expect(placed.find((l) => l.id === 'a')).to.include({ text: 'Alpha' });
    expect(placed.find((l) => l.id === 'high')?.key).to.deep.equal({
      n: 1,
      name: 'Another name far too long',
    });
    expect(placed.find((l) => l.id === 'low')?.key).to.deep.equal({
      n: 2,
      name: 'A name far too long to fit',
    });
  });

  it('keeps labels inside the frame or drops them', () => {
    const placed = placeLabels([{ id: 'a', text: 'A very long name', x: 2, y: 2, priority: 1 }], 40, 20, 12);
    expect(placed).to.deep.equal([]);
  });
});
