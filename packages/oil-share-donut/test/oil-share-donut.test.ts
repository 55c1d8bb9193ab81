import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { NutgrafHighlightEvent } from '@nutgraf/core';
import '../src/define.js';
import type { OilShareDonut } from '../src/oil-share-donut.js';
import {
  badValue,
  manySlices,
  missingValue,
  otherSeries,
  sumAbove,
  sumBelow,
  tinySlice,
} from './fixtures.js';

const axe = () =>
  (
    window as unknown as {
      axe: { run: (el: Element) => Promise<{ violations: { id: string; help: string }[] }> };
    }
  ).axe;

async function mount(template = html`<oil-share-donut></oil-share-donut>`, width = 375) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrap.querySelector('oil-share-donut') as OilShareDonut;
  for (let i = 0; i < 10 && !el.shadowRoot?.querySelector('.slice, .state[data-kind="error"]'); i++) {
    await aTimeout(30);
    await el.updateComplete;
  }
  return el;
}
const slices = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.slice')];
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
async function noViolations(el: Element) {
  const { violations } = await axe().run(el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

describe('<oil-share-donut>', () => {
  it('draws the bundled series: China ~80% in the centre, the rest neutral and hatched', async () => {
    const el = await mount();
    const [china, rest] = slices(el);
    expect(slices(el).length).to.equal(2);
    expect(china!.getAttribute('aria-label')).to.equal("China: around 80% of Iran's oil exports");
    expect(rest!.classList.contains('hatch')).to.equal(true);
    expect(rest!.getAttribute('aria-label')).to.contain('the part the source does not specify');
    const centre = el.shadowRoot!.querySelector('.centre')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(centre).to.equal('~80% China');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('China accounts for around 80%');
    expect(el.shadowRoot!.querySelector('.source-note')!.textContent).to.contain(
      'Article on Russia–Iran relations',
    );
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('table'), 'built when opened').to.equal(null);
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    const table = details.querySelector('table')!;
    expect(table.textContent).to.contain('around 80%').and.contain('sentence 33');
    await noViolations(el);
  });

  it('draws slice angles in proportion to the values (DOM paths)', async () => {
    const el = await mount();
    const boxes = slices(el).map((s) => s.getBBox());
    // China (80%) spans the whole height; the rest (20%) sits in the top-left quarter.
    expect(boxes[0]!.height).to.be.greaterThan(boxes[1]!.height * 1.8);
    expect(boxes[1]!.x + boxes[1]!.width).to.be.at.most(1);
  });

  it('picks a series with the series attribute, and any series through data', async () => {
    const el = await mount(html`<oil-share-donut series="nope"></oil-share-donut>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no series “nope”');
    const other = await mount(html`<oil-share-donut .data=${otherSeries()}></oil-share-donut>`);
    expect(slices(other).map((s) => s.getAttribute('aria-label')!.split(':')[0])).to.deep.equal([
      'China',
      'India',
      'Turkey',
      'Not specified',
    ]);
  });

  it('walks the slices with arrow keys (roving tabindex) and selects with Enter and Space', async () => {
    const el = await mount(html`<oil-share-donut .data=${otherSeries()}></oil-share-donut>`);
    const tabbable = () => slices(el).filter((s) => s.getAttribute('tabindex') === '0');
    expect(tabbable().length).to.equal(1);
    slices(el)[0]!.focus();
    key(slices(el)[0]!, 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(slices(el)[1]);
    expect(tabbable()).to.deep.equal([slices(el)[1]]);
    key(slices(el)[1]!, 'End');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(slices(el)[3]);
    key(slices(el)[3]!, 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(slices(el)[0]);
    const india = slices(el)[1]!;
    india.focus();
    setTimeout(() => key(india, 'Enter'));
    const ev = await oneEvent(el, 'nutgraf-select');
    expect(ev.detail.entity).to.equal('india');
    await el.updateComplete;
    expect(india.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.centre')!.textContent).to.contain('India');
    setTimeout(() => key(india, ' '));
    await oneEvent(el, 'nutgraf-select');
    await el.updateComplete;
    expect(india.getAttribute('aria-pressed')).to.equal('false');
  });

  it('reverses arrow keys in right-to-left', async () => {
    const el = await mount(
      html`<div dir="rtl"><oil-share-donut .data=${otherSeries()}></oil-share-donut></div>`,
    );
    slices(el)[0]!.focus();
    key(slices(el)[0]!, 'ArrowLeft');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(slices(el)[1]);
    expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('dir')).to.equal('rtl');
  });

  it('shows a tooltip with the value in words, the quote, its certainty and the sentence', async () => {
    const el = await mount();
    const china = slices(el)[0]!;
    setTimeout(() => china.focus());
    const ev = await oneEvent(el, 'nutgraf-highlight');
    expect(ev.detail.entity).to.equal('china');
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('.tooltip')!;
    const text = tip.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('China');
    expect(text).to.contain("around 80% of Iran's oil exports");
    expect(text).to.contain(
      '“China is by far the largest buyer of Iranian oil, with around 80% of total Iranian exports”',
    );
    expect(text).to.contain('asserted');
    expect(text).to.contain(
      'Source: Article on Russia–Iran relations (undated, est. January 2026), sentence 33',
    );
    expect(tip.matches(':popover-open')).to.equal(true);
    await noViolations(el);
    setTimeout(() => china.blur());
    const out = await oneEvent(el, 'nutgraf-highlight');
    expect(out.detail.entity).to.equal(null);
  });

  it('fires highlight on hover and select on click', async () => {
    const el = await mount();
    const china = slices(el)[0]!;
    setTimeout(() => china.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'nutgraf-highlight')).detail.entity).to.equal('china');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')!.classList.contains('dim')).to.equal(true);
    expect(china.classList.contains('on')).to.equal(true);
    setTimeout(() => china.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'nutgraf-select')).detail.entity).to.equal('china');
  });

  it('highlights a slice when its entity is highlighted elsewhere on the page, unless no-link', async () => {
    const el = await mount();
    const other = await mount(html`<oil-share-donut no-link></oil-share-donut>`);
    document.body.dispatchEvent(new NutgrafHighlightEvent({ entity: 'china', origin: 'alliance-map' }));
    await el.updateComplete;
    await other.updateComplete;
    expect(slices(el)[0]!.classList.contains('on')).to.equal(true);
    expect(slices(el)[1]!.classList.contains('on')).to.equal(false);
    expect(slices(other)[0]!.classList.contains('on')).to.equal(false);
    document.body.dispatchEvent(new NutgrafHighlightEvent({ entity: null, origin: 'alliance-map' }));
    await el.updateComplete;
    expect(slices(el)[0]!.classList.contains('on')).to.equal(false);
  });

  it('marks and explains a missing part when shares add up to less than 100', async () => {
    const el = await mount(html`<oil-share-donut .data=${sumBelow()}></oil-share-donut>`);
    const missing = slices(el).at(-1)!;
    expect(missing.classList.contains('missing')).to.equal(true);
    expect(missing.getAttribute('tabindex')).to.equal('-1');
    expect(missing.getAttribute('aria-label')).to.contain('Not accounted for: around 10%');
    expect(el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.contain('add up to around 90%');
    await noViolations(el);
  });

  it('explains shares that add up to more than 100', async () => {
    const el = await mount(html`<oil-share-donut .data=${sumAbove()}></oil-share-donut>`);
    expect(slices(el).length).to.equal(3);
    expect(el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.contain('add up to around 112%');
    await noViolations(el);
  });

  it('groups more than 8 slices into a labelled Other, with a note', async () => {
    const el = await mount(html`<oil-share-donut .data=${manySlices()}></oil-share-donut>`);
    expect(slices(el).length).to.equal(8);
    expect(slices(el).at(-1)!.getAttribute('aria-label')).to.match(/^Other \(4\): 9% of/);
    expect(el.shadowRoot!.querySelector('.legend')!.textContent).to.contain('Other (4)');
    expect(el.shadowRoot!.querySelector('[role="note"]')!.textContent).to.contain(
      'Italy, Spain, Greece, Malaysia',
    );
    await noViolations(el);
  });

  it('keeps a tiny slice visible and focusable', async () => {
    const el = await mount(html`<oil-share-donut .data=${tinySlice()}></oil-share-donut>`);
    const tiny = slices(el).find((s) => s.getAttribute('aria-label')!.startsWith('Malaysia:'))!;
    const b = tiny.getBBox();
    expect(Math.max(b.width, b.height)).to.be.greaterThan(4);
    tiny.focus();
    expect(el.shadowRoot!.activeElement).to.equal(tiny);
  });

  // Zero and negative shares pass validation and are named by the donut; a NaN or missing
  // value fails core's validation, whose error names the entry by its path.
  for (const [name, make, entry, words] of [
    ['negative', () => badValue(-5), 'Entry 2 (“India”)', 'negative share (-5)'],
    ['zero', () => badValue(0), 'Entry 2 (“India”)', 'share of zero'],
    ['NaN', () => badValue(Number.NaN), '$.series[0].values[1].value', 'not NaN'],
    ['missing', missingValue, '$.series[0].values[1].value', 'is required but missing'],
  ] as const) {
    it(`shows a clear error naming the entry for a ${name} value, visibly and in the console`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await mount(html`<oil-share-donut .data=${make()}></oil-share-donut>`);
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.contain(entry).and.contain(words);
        expect(errors.join('\n')).to.contain(entry).and.contain(words);
        expect(slices(el).length).to.equal(0);
        await noViolations(el);
      } finally {
        console.error = original;
      }
    });
  }

  it('opens its data table below the chart, which keeps its size and layout', async () => {
    const el = await mount();
    const rect = (sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
    const before = { frame: rect('.frame'), legend: rect('.legend'), note: rect('.source-note') };
    const height = el.getBoundingClientRect().height;
    const details = el.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    expect(rect('.frame').height).to.equal(before.frame.height);
    expect(rect('.legend').top).to.equal(before.legend.top);
    expect(rect('.source-note').top).to.equal(before.note.top);
    // The legend sits above the notes, and the table below the whole chart.
    expect(before.legend.bottom).to.be.at.most(before.note.top + 0.5);
    expect(rect('table').top).to.be.at.least(before.frame.bottom);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(height + 100);
  });

  it('keeps its size between loading, error and ready', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:375px">
        <oil-share-donut src="/__test/slow/2000"></oil-share-donut>
        <oil-share-donut .data=${badValue(-1)}></oil-share-donut>
        <oil-share-donut></oil-share-donut>
      </div>`,
    );
    const [loading, error, ready] = [...wrap.querySelectorAll('oil-share-donut')];
    await aTimeout(100);
    const h = (e: Element) => Math.round(e.getBoundingClientRect().height);
    // Still waiting for the server (it answers after 2 s): a real loading state.
    expect(loading!.shadowRoot!.textContent).to.contain('Loading graphic');
    expect(h(loading!)).to.equal(h(ready!));
    expect(h(error!)).to.equal(h(ready!));
    expect(h(ready!)).to.be.greaterThan(300);
  });

  it('puts the legend below when narrow and beside when wide', async () => {
    for (const [width, beside] of [
      [320, false],
      [1000, true],
    ] as const) {
      const el = await mount(undefined, width);
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      const legend = el.shadowRoot!.querySelector('.legend')!.getBoundingClientRect();
      expect(legend.left >= plot.right - 1, `width ${width}`).to.equal(beside);
      expect(legend.top >= plot.bottom - 1, `width ${width}`).to.equal(!beside);
    }
  });

  it('is clean under axe in dark theme and right-to-left', async () => {
    await noViolations(await mount(html`<oil-share-donut theme="dark"></oil-share-donut>`));
    await noViolations(await mount(html`<div dir="rtl"><oil-share-donut></oil-share-donut></div>`));
  });
});
