import { expect } from '@open-wc/testing';
import type { Series, SeriesValue } from '@nutgraf/core';
import {
  MAX_SLICES,
  MIN_ANGLE,
  checkSeries,
  enforceMinAngle,
  fitsInside,
  layoutDonut,
  sliceSeries,
} from '../src/layout.js';
import { articleSeries, manySlices, share, sumAbove, sumBelow, tinySlice } from './fixtures.js';

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

describe('layoutDonut: geometry', () => {
  it('gives each slice an angle in proportion to its value', () => {
    const m = layoutDonut(articleSeries(), box);
    expect(m.slices.map((s) => s.id)).to.deep.equal(['china', 'remainder']);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(0.8, 1e-6);
    expect(span(m.slices[1]!) / TAU).to.be.closeTo(0.2, 1e-6);
    expect(m.slices[0]!.startAngle).to.equal(0);
    expect(m.slices[1]!.endAngle).to.be.closeTo(TAU, 1e-9);
  });

  it('puts the largest share first and the remainder last, whatever the input order', () => {
    const m = layoutDonut(
      series([share(undefined, 'Rest', 30, { remainder: true }), share('b', 'B', 20), share('a', 'A', 50)]),
      box,
    );
    expect(m.slices.map((s) => s.id)).to.deep.equal(['a', 'b', 'remainder']);
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
  it('marks the part missing when shares add up to less than the whole, and says so', () => {
    const m = layoutDonut(sumBelow().series[0]!, box);
    const missing = m.slices.at(-1)!;
    expect(missing.kind).to.equal('missing');
    expect(missing.value).to.be.closeTo(10, 1e-9);
    expect(span(missing) / TAU).to.be.closeTo(0.1, 1e-6);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(0.7, 1e-6);
    expect(m.notes.join(' ')).to.contain('add up to around 90%').and.contain('missing around 10%');
    expect(m.summary).to.contain('around 10% is not accounted for');
  });

  it('draws shares adding up to more than the whole in proportion to their sum, and says so', () => {
    const m = layoutDonut(sumAbove().series[0]!, box);
    expect(m.slices.some((s) => s.kind === 'missing')).to.equal(false);
    expect(m.sum).to.equal(112);
    expect(span(m.slices[0]!) / TAU).to.be.closeTo(80 / 112, 1e-6);
    expect(m.slices[0]!.valueText).to.equal('~80%');
    expect(m.notes.join(' ')).to.contain('add up to around 112%').and.contain('more than the whole');
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
      share(undefined, 'Not specified', 55, { remainder: true }),
    ];
    const m = layoutDonut(series(values), box);
    expect(m.slices.length).to.equal(MAX_SLICES);
    expect(m.slices.filter((s) => s.kind === 'remainder').length).to.equal(1);
    expect(m.slices.find((s) => s.kind === 'remainder')!.value).to.equal(55);
    expect(m.slices.find((s) => s.kind === 'other')!.members.length).to.equal(3);
  });

  it('names each bad entry: zero, negative, and a second remainder', () => {
    // Missing values and values that are not finite numbers never get here: core's
    // validation rejects the dataset (tested in the element's tests).
    const bad = series([
      share('a', 'A', 0),
      share('b', 'B', -5),
      share('f', 'F', 50),
      share(undefined, 'R1', 10, { remainder: true }),
      share(undefined, 'R2', 10, { remainder: true }),
    ]);
    const problems = checkSeries(bad, { a: 'Alpha' });
    expect(problems.map((p) => p.index)).to.deep.equal([0, 1, -1]);
    expect(problems[0]!.message).to.equal('Entry 1 (“Alpha”) has a share of zero.');
    expect(problems[1]!.message).to.equal('Entry 2 (“B”) has a negative share (-5).');
    expect(problems[2]!.message).to.equal('“Test” has more than one remainder.');
    expect(checkSeries(articleSeries())).to.deep.equal([]);
  });
});

describe('layoutDonut: words and labels', () => {
  it('reads approximate values as approximate', () => {
    const m = layoutDonut(articleSeries(), box);
    const china = m.slices[0]!;
    expect(china.valueText).to.equal('~80%');
    expect(china.valueWords).to.equal('around 80%');
    expect(china.accessibleName).to.equal("China: around 80% of Iran's oil exports");
    expect(m.slices[1]!.accessibleName).to.contain('the part the source does not specify');
    expect(m.summary).to.equal(
      "China accounts for around 80% of Iran's oil exports; the source does not specify the remaining around 20%.",
    );
  });

  it('says certainty other than asserted in the accessible name', () => {
    const m = layoutDonut(series([share('a', 'A', 60, { certainty: 'reported' }), share('b', 'B', 40)]), box);
    expect(m.slices[0]!.accessibleName).to.equal("A: 60% of Iran's oil exports (reported)");
  });

  it('names the largest slice in the centre, or the selected one', () => {
    const m = layoutDonut(articleSeries(), box);
    expect(m.centre).to.include({ id: 'china', value: '~80%', name: 'China' });
    expect(m.slices[0]!.label.mode).to.equal('centre');
    const picked = layoutDonut(articleSeries(), { ...box, selected: 'remainder' });
    expect(picked.centre).to.include({ id: 'remainder', value: '~20%' });
    expect(picked.slices[1]!.label.mode).to.equal('centre');
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
    const { slices } = sliceSeries(articleSeries());
    expect(slices[0]!.color).to.equal('var(--_c1)');
    expect(slices[1]!.hatch).to.equal(true);
    expect(slices[1]!.color).to.equal('var(--_neutral)');
  });
});
