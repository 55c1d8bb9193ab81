import { expect } from '@open-wc/testing';
import { textWidth } from '@nutgraf/core';
import type { Series, SeriesValue } from '@nutgraf/core';
import {
  MAX_SLICES,
  MIN_ANGLE,
  checkSeries,
  colorSlotsOf,
  enforceMinAngle,
  fitsInside,
  formatValue,
  layoutDonut,
  sectorPath,
  sliceSeries,
  wholeOf,
} from '../src/layout.js';
import { parentShare } from '../src/within.js';
import {
  articleSeries,
  bcmSeries,
  manySlices,
  share,
  sumAbove,
  sumBelow,
  tinySlice,
  withinSeries,
  withinVolume,
} from './fixtures.js';

const TAU = 2 * Math.PI;
const span = (s: { startAngle: number; endAngle: number }) => Math.abs(s.endAngle - s.startAngle);
const series = (values: SeriesValue[], extra: Partial<Series> = {}): Series => ({
  id: 's',
  title: 'Test',
  measure: "Iran's oil exports",
  unit: 'percent',
  total: 100,
  values,
  ...extra,
});
const box = { width: 400, height: 400 };

describe('layoutDonut: who says a value', () => {
  it("asks for each value's speaker with its certainty, so an opinion reads as argued", () => {
    const asked: [string | undefined, string | undefined][] = [];
    const m = layoutDonut(
      series([
        share('a', 'Alpha', 60, { certainty: 'opinion', attribution: { description: 'the author' } }),
        share('b', 'Beta', 40),
      ]),
      {
        ...box,
        said: (a, c) => {
          asked.push([a?.description, c]);
          return a && c === 'opinion' ? `${a.description} argues` : undefined;
        },
      },
    );
    expect(asked).to.deep.include(['the author', 'opinion']);
    expect(m.slices.find((s) => s.name === 'Alpha')!.accessibleName).to.contain('the author argues');
  });
});

describe('layoutDonut: geometry', () => {
  it('gives each slice an angle in proportion to its value', () => {
    const m = layoutDonut(articleSeries(), box);
    expect(m.slices.map((s) => s.id)).to.deep.equal(['china', 'entry-1']);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(0.8, 1e-6);
    expect(span(m.slices[1]!) / TAU).to.be.closeTo(0.2, 1e-6);
    expect(m.slices[0]!.startAngle).to.equal(0);
    expect(m.slices[1]!.endAngle).to.be.closeTo(TAU, 1e-9);
  });

  it('puts the largest share first and the remainder last, whatever the input order', () => {
    const m = layoutDonut(
      series([
        share(undefined, 'Rest', 30, { remainder: 'unspecified' }),
        share('b', 'B', 20),
        share('a', 'A', 50),
      ]),
      box,
    );
    expect(m.slices.map((s) => s.id)).to.deep.equal(['a', 'b', 'entry-0']);
    expect(m.slices.map((s) => +(span(s) / TAU).toFixed(6))).to.deep.equal([0.5, 0.2, 0.3]);
  });

  it('fits the ring in the box and draws paths', () => {
    const m = layoutDonut(articleSeries(), { width: 300, height: 200 });
    expect(m.radius).to.be.at.most(100);
    expect(m.radius).to.be.greaterThan(80);
    expect(m.innerRadius / m.radius).to.be.closeTo(0.58, 1e-9);
    expect([m.cx, m.cy]).to.deep.equal([150, 100]);
    for (const s of m.slices) expect(s.path).to.match(/^M[-\d.]+,[-\d.]+A/);
  });

  it('mirrors the angles in right-to-left', () => {
    const ltr = layoutDonut(articleSeries(), box);
    const rtl = layoutDonut(articleSeries(), { ...box, rtl: true });
    rtl.slices.forEach((s, i) => {
      expect(s.startAngle).to.be.closeTo(-ltr.slices[i]!.endAngle, 1e-9);
      expect(s.endAngle).to.be.closeTo(-ltr.slices[i]!.startAngle, 1e-9);
    });
  });

  it('keeps a tiny slice at the minimum angle and takes the room from the others', () => {
    const m = layoutDonut(tinySlice().series[0]!, box);
    const tiny = m.slices.find((s) => s.id === 'malaysia')!;
    expect(span(tiny)).to.be.closeTo(MIN_ANGLE, 1e-9);
    // Its value alone would give it less than the minimum.
    expect((tiny.value / 100) * TAU).to.be.lessThan(MIN_ANGLE / 2);
    expect(tiny.path).to.not.equal('');
    const total = m.slices.reduce((a, s) => a + span(s), 0);
    expect(total).to.be.closeTo(TAU, 1e-9);
    const [china, india] = m.slices;
    expect(span(china!) / span(india!)).to.be.closeTo(80 / 19.8, 1e-6);
  });

  it('enforceMinAngle leaves wide slices alone and widens every slice that is too narrow', () => {
    expect(enforceMinAngle([1, 2, TAU - 3])).to.deep.equal([1, 2, TAU - 3]);
    // Widening the first pushes the second below the minimum too: both end at it.
    const out = enforceMinAngle([0.5, 1.05, TAU - 1.55], 1, TAU);
    expect(out[0]).to.equal(1);
    expect(out[1]).to.equal(1);
    expect(out[2]).to.be.closeTo(TAU - 2, 1e-9);
  });
});

describe('layoutDonut: hard data', () => {
  it('computes the rest of a known whole as one hatched slice the source does not specify', () => {
    const m = layoutDonut(sumBelow().series[0]!, box);
    const rest = m.slices.at(-1)!;
    expect([rest.id, rest.kind, rest.name, rest.hatch, rest.basis]).to.deep.equal([
      'rest',
      'unspecified',
      'Not specified by the source',
      true,
      'computed',
    ]);
    expect(rest.value).to.be.closeTo(10, 1e-9);
    expect(span(rest) / TAU).to.be.closeTo(0.1, 1e-6);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(0.7, 1e-6);
    expect(m.notes).to.deep.equal([]);
    expect(m.parts.at(-1)).to.include({ id: 'rest', valueWords: 'around 10%' });
    expect(m.summary).to.contain('the source does not specify the remaining around 10%');
  });

  it('computes nothing without a known whole: the ring is the sum of the values, and a note says so', () => {
    const m = layoutDonut(bcmSeries(), box);
    expect(m.total).to.equal(undefined);
    expect(m.slices.map((s) => s.kind)).to.deep.equal(['share', 'share', 'stated']);
    expect(m.slices.some((s) => s.hatch)).to.equal(false);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(2.9 / 4.6, 1e-6);
    expect(m.slices.map((s) => s.valueText)).to.deep.equal(['~2.9 bcm', '1.1 bcm', '~0.6 bcm']);
    expect(m.slices.map((s) => s.valueText).join()).to.not.contain('%');
    expect(m.notes).to.deep.equal([
      'The source gives no total. The values add up to around 4.6 billion cubic metres; the ring shows each as a part of that sum, not of a whole.',
    ]);
    expect(m.summary).to.equal(
      'Alpha accounts for around 2.9 billion cubic metres of the port’s imports; the source gives around 0.6 billion cubic metres as the rest: Cargoes by sea.',
    );
  });

  it('draws a stated remainder as a labelled slice after the shares, never as not specified', () => {
    const values = [share('a', 'A', 10), share(undefined, 'Everyone else', 70, { remainder: 'stated' })];
    const m = layoutDonut(series(values), box);
    const stated = m.slices[1]!;
    expect([stated.kind, stated.name, stated.hatch, stated.color]).to.deep.equal([
      'stated',
      'Everyone else',
      false,
      'var(--_c2)',
    ]);
    expect(stated.accessibleName).to.equal(
      "Everyone else: 70% of Iran's oil exports, the rest as the source states it",
    );
    // 80 of 100 given: the last 20 is the computed, unspecified rest.
    expect(m.slices.map((s) => s.kind)).to.deep.equal(['share', 'stated', 'unspecified']);
    // The summary names the largest part, the stated rest here.
    expect(m.summary).to.match(/^Everyone else accounts for 70%/);
  });

  it('draws shares adding up to more than the whole in proportion to their sum, and says so', () => {
    const m = layoutDonut(sumAbove().series[0]!, box);
    expect(m.slices.some((s) => s.id === 'rest')).to.equal(false);
    expect(m.sum).to.equal(112);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(80 / 112, 1e-6);
    expect(m.slices[0]!.valueText).to.equal('~80%');
    expect(m.notes.join(' ')).to.contain('add up to around 112%').and.contain('more than the total of 100%');
  });

  it('has no note when the shares make the whole', () => {
    expect(layoutDonut(articleSeries(), box).notes).to.deep.equal([]);
  });

  it(`groups the smallest into "Other (n)" beyond ${MAX_SLICES} slices, with a note`, () => {
    const m = layoutDonut(manySlices().series[0]!, box);
    expect(m.slices.length).to.equal(MAX_SLICES);
    const other = m.slices.at(-1)!;
    expect(other.name).to.equal('Other (4)');
    expect(other.value).to.be.closeTo(9, 1e-9);
    expect(other.members.map((x) => x.split(' ')[0])).to.deep.equal(['Italy', 'Spain', 'Greece', 'Malaysia']);
    expect(span(other) / TAU).to.be.closeTo(0.09, 1e-6);
    expect(m.notes[0])
      .to.contain('4 smallest shares (Italy, Spain, Greece, Malaysia)')
      .and.contain('“Other (4)”');
  });

  it('never groups or splits the remainder', () => {
    const values = [
      ...Array.from({ length: 9 }, (_, i) => share(`e${i}`, `E${i}`, 9 - i)),
      share(undefined, 'Not specified', 55, { remainder: 'unspecified' }),
    ];
    const m = layoutDonut(series(values), box);
    expect(m.slices.length).to.equal(MAX_SLICES);
    expect(m.slices.filter((s) => s.kind === 'unspecified').length).to.equal(1);
    expect(m.slices.find((s) => s.kind === 'unspecified')!.value).to.equal(55);
    // The table lists every value, ungrouped.
    expect(m.parts.length).to.equal(10);
    expect(m.slices.find((s) => s.kind === 'other')!.members.length).to.equal(3);
  });

  it('names each bad entry: zero and negative', () => {
    // Missing values and values that are not finite numbers never get here: core's
    // validation rejects the dataset (tested in the element's tests).
    const bad = series([share('a', 'A', 0), share('b', 'B', -5), share('f', 'F', 50)]);
    const problems = checkSeries(bad, new Map([['A', 'Alpha']]));
    expect(problems.map((p) => p.index)).to.deep.equal([0, 1]);
    expect(problems[0]!.message).to.equal('Entry 1 (“Alpha”) has a value of zero.');
    expect(problems[1]!.message).to.equal('Entry 2 (“B”) has a negative value (-5).');
    expect(checkSeries(articleSeries())).to.deep.equal([]);
    expect(checkSeries(series([]))).to.deep.equal([{ index: -1, message: '“Test” has no values.' }]);
  });
});

describe('layoutDonut: words and labels', () => {
  it('reads approximate values as approximate', () => {
    const m = layoutDonut(articleSeries(), box);
    const china = m.slices[0]!;
    expect(china.valueText).to.equal('~80%');
    expect(china.valueWords).to.equal('around 80%');
    expect(china.accessibleName).to.equal("China: around 80% of Iran's oil exports");
    expect(m.slices[1]!.accessibleName).to.equal(
      "Not specified by the source: around 20% of Iran's oil exports",
    );
    const other = layoutDonut(series([share(undefined, 'Others', 20, { remainder: 'unspecified' })]), box);
    expect(other.slices[0]!.accessibleName).to.equal(
      "Others: 20% of Iran's oil exports, not specified by the source",
    );
    expect(m.summary).to.equal(
      "China accounts for around 80% of Iran's oil exports; the source does not specify the remaining around 20%.",
    );
  });

  it('names a value by its label, in the page’s language when the label is an entity’s name', () => {
    const values = [share('a', 'China', 60), share('a', 'China (by sea)', 30), share('b', 'Beta', 10)];
    const m = layoutDonut(series(values), { ...box, names: new Map([['China', '中国']]) });
    expect(m.slices.map((s) => s.name)).to.deep.equal(['中国', 'China (by sea)', 'Beta']);
    expect(m.slices.map((s) => s.id)).to.deep.equal(['a', 'entry-1', 'b']);
    // A label that is a name of the language's own objects is a label like any other.
    const odd = layoutDonut(
      series([share(undefined, 'hasOwnProperty', 1), share(undefined, '__proto__', 1)]),
      {
        ...box,
        names: new Map(),
      },
    );
    expect(odd.slices.map((s) => s.name)).to.deep.equal([
      'hasOwnProperty',
      '__proto__',
      'Not specified by the source',
    ]);
  });

  it('says certainty other than asserted in the accessible name', () => {
    const m = layoutDonut(series([share('a', 'A', 60, { certainty: 'reported' }), share('b', 'B', 40)]), box);
    expect(m.slices[0]!.accessibleName).to.equal("A: 60% of Iran's oil exports (reported)");
  });

  it('names the largest slice in the centre, or the selected one', () => {
    const m = layoutDonut(articleSeries(), box);
    expect(m.centre).to.include({ id: 'china', value: '~80%', name: 'China' });
    expect(m.slices[0]!.label.mode).to.equal('centre');
    const picked = layoutDonut(articleSeries(), { ...box, selected: 'entry-1' });
    expect(picked.centre).to.include({ id: 'entry-1', value: '~20%' });
    expect(picked.slices[1]!.label.mode).to.equal('centre');
  });

  it('fits a long value with its unit across the hole', () => {
    const m = layoutDonut(series([share('a', 'A', 1250000)], { unit: 'EUR', total: undefined }), box);
    const c = m.centre!;
    expect(c.value).to.equal('1,250,000 EUR');
    expect(c.valueSize).to.be.below(m.innerRadius * 0.42);
    expect((textWidth(c.value, 100) / 100) * c.valueSize).to.be.at.most(1.5 * m.innerRadius + 1);
  });

  it('puts a label inside when its box fits the slice', () => {
    expect(fitsInside(40, 30, 0, Math.PI / 2, 50, 110)).to.equal(true);
    expect(fitsInside(40, 30, 0, 0.1, 50, 110)).to.equal(false);
    expect(fitsInside(40, 30, 0, Math.PI / 2, 60, 100)).to.equal(false);
    const m = layoutDonut(manySlices().series[0]!, { width: 600, height: 600 });
    expect(m.slices.find((s) => s.id === 'india')!.label.mode).to.equal('inside');
  });

  it('moves a label that does not fit outside, with a leader line, when there is room', () => {
    const m = layoutDonut(articleSeries(), { width: 900, height: 420 });
    const rest = m.slices[1]!;
    expect(rest.label.mode).to.equal('outside');
    expect(rest.label.leader).to.match(/^M[-\d.]+,[-\d.]+L/);
    // The remainder is on the left half: the label ends at its x, left of the ring.
    expect(rest.label.anchor).to.equal('end');
    expect(rest.label.x).to.be.lessThan(-m.radius);
  });

  it('sends a label to the legend when there is no room outside', () => {
    const m = layoutDonut(articleSeries(), { width: 200, height: 200 });
    expect(m.slices[1]!.label.mode).to.equal('legend');
  });

  it('keeps outside labels apart vertically', () => {
    const values = Array.from({ length: 7 }, (_, i) => share(`e${i}`, `Entity ${i}`, i ? 2 : 88));
    const m = layoutDonut(series(values), { width: 900, height: 420 });
    const ys = m.slices
      .filter((s) => s.label.mode === 'outside')
      .map((s) => [s.label.x > 0, s.label.y] as const);
    expect(ys.length).to.be.greaterThan(2);
    for (const side of [true, false]) {
      const col = ys
        .filter(([s]) => s === side)
        .map(([, y]) => y)
        .sort((a, b) => a - b);
      for (let i = 1; i < col.length; i++) expect(col[i]! - col[i - 1]!).to.be.at.least(14.9);
    }
  });

  it('groups shares via sliceSeries with palette colours and the hatch only on the remainder', () => {
    const { slices } = sliceSeries(articleSeries(), {});
    expect(slices[0]!.color).to.equal('var(--_c1)');
    expect(slices[1]!.hatch).to.equal(true);
    expect(slices[1]!.color).to.equal('var(--_neutral)');
  });
});

describe('layoutDonut: units, wholes and colours', () => {
  it('formats values in any unit, localised, and in words with the unit’s name', () => {
    const bcm = { unit: 'bcm', unitName: 'billion cubic metres' };
    expect(formatValue(bcm, 2.9, true, false)).to.equal('~2.9 bcm');
    expect(formatValue(bcm, 2.9, true, true)).to.equal('around 2.9 billion cubic metres');
    expect(formatValue({ unit: 'EUR' }, 1250000, false, true)).to.equal('1,250,000 EUR');
    expect(formatValue(bcm, 1250.5, false, false, 'de')).to.equal('1.250,5 bcm');
    expect(formatValue({ unit: 'percent' }, 80, true, true)).to.equal('around 80%');
    // As precise as given: 25.1 is not rounded to a 25 that would read as exact.
    expect(formatValue({ unit: 'percent' }, 25.1, false, false)).to.equal('25.1%');
    expect(formatValue({ unit: 'percent' }, 100 - 25.1 - 12, true, false)).to.equal('~62.9%');
  });

  it('knows the whole: the total, else 100 for percent, else the parent’s value in the same unit', () => {
    expect(wholeOf(bcmSeries())).to.equal(undefined);
    expect(wholeOf(bcmSeries({ total: 5 }))).to.equal(5);
    expect(wholeOf(series([], { total: undefined }))).to.equal(100);
    const ds = withinVolume();
    const child = ds.series[1]!;
    const parent = parentShare(ds.series, child, new Map());
    expect(parent).to.include({ name: 'Alpha' });
    expect(wholeOf(child, parent as never)).to.equal(2.9);
    // The parent's value is approximate: so is the rest computed from it.
    const m = layoutDonut(child, { ...box, parent: parent as never });
    expect(m.slices.at(-1)).to.include({ id: 'rest', valueText: '~0.4 bcm' });
    expect(m.within).to.equal('of Alpha’s around 2.9 billion cubic metres of the port’s imports');
  });

  it('says a share inside a share in words, or why it cannot be drawn', () => {
    const ds = withinSeries();
    const names = new Map([['Alpha', 'Alpha']]);
    const parent = parentShare(ds.series, ds.series[1]!, names);
    const m = layoutDonut(ds.series[1]!, { ...box, names, parent: parent as never });
    expect(m.within).to.equal('of Alpha’s around 80% of the market');
    expect(m.summary).to.equal(
      'Delta accounts for 60% of Alpha’s sales, of Alpha’s around 80% of the market; the source does not specify the remaining 15%.',
    );
    expect(parentShare(ds.series, ds.series[0]!, names)).to.equal(undefined);
    const orphan = withinSeries('epsilon');
    expect(parentShare(orphan.series, orphan.series[1]!, names)).to.equal(
      '“Alpha’s units” is a share of the value of entity “epsilon” in series “Market shares”, which gives no such value, so its whole is unknown.',
    );
  });

  it('keeps an entity’s colour across series, and never repeats a colour in one donut while one is free', () => {
    const a = series([share('x', 'X', 50), share('y', 'Y', 30)]);
    const b = series([share('z', 'Z', 70), share('x', 'X', 20)], { id: 't' });
    const slots = colorSlotsOf([a, b]);
    expect([...slots]).to.deep.equal([
      ['x', 1],
      ['y', 2],
      ['z', 3],
    ]);
    const color = (s: Series) => layoutDonut(s, { ...box, slots }).slices.map((x) => [x.id, x.color]);
    expect(color(b)).to.deep.equal([
      ['z', 'var(--_c3)'],
      ['x', 'var(--_c1)'],
      ['rest', 'var(--_neutral)'],
    ]);
    // Seven values all given the first slot (as round the palette): each takes the next free one.
    const many = series(Array.from({ length: 7 }, (_, i) => share(`e${i}`, `E${i}`, 14 - i)));
    const first = new Map(many.values.map((v) => [v.entity!, 1]));
    const own = layoutDonut(many, { ...box, slots: first }).slices.filter((x) => x.kind == 'share');
    expect(own.map((x) => x.color)).to.deep.equal([1, 2, 3, 4, 5, 6, 7].map((i) => `var(--_c${i})`));
  });

  it('draws sectors with a gap, and a single value as a whole ring', () => {
    expect(sectorPath(0, 1, 50, 100)).to.match(
      /^M[\d.]+,-[\d.]+A100,100 0 0 1 [\d.,-]+L[\d.,-]+A50,50 0 0 0 [\d.,-]+Z$/,
    );
    expect(sectorPath(0, 4, 50, 100)).to.contain('A100,100 0 1 1');
    const ring = layoutDonut(series([share('a', 'A', 100)]), box).slices[0]!;
    expect(ring.path.match(/A/g)!.length).to.equal(4);
    expect(ring.path).to.not.contain('NaN');
  });
});
