import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { NutgrafHighlightEvent, defaultDataset } from '@nutgraf/core';
import '../src/define.js';
import type { ShareDonut } from '../src/share-donut.js';
import {
  badValue,
  bcmSeries,
  bcmNoTotal,
  manySlices,
  missingValue,
  otherSeries,
  percentWithTotal,
  sumAbove,
  sumBelow,
  testDataset,
  tinySlice,
  withPresentation,
  withinSeries,
  withinVolume,
} from './fixtures.js';

const axe = () =>
  (
    window as unknown as {
      axe: { run: (el: Element) => Promise<{ violations: { id: string; help: string }[] }> };
    }
  ).axe;

async function mount(template = html`<share-donut></share-donut>`, width = 375) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrap.querySelector('share-donut') as ShareDonut;
  // A reader scrolls to it (a graphic draws as it comes near the screen; earlier fixtures of the
  // same test stay above it).
  el.scrollIntoView();
  // Drawn, or an error shown; data of a page's own first loads the validator's module, which a
  // loaded machine can take seconds to serve. A mount meant to stay loading returns after 5 s.
  const deadline = performance.now() + 5000;
  while (!el.shadowRoot?.querySelector('.slice, .state[data-kind="error"]') && performance.now() < deadline) {
    await aTimeout(30);
    await el.updateComplete;
  }
  return el;
}
const slices = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.slice')];
const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
const text = (el: Element | null | undefined) => el?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
/** The accessible name or description: the text of the elements an aria-*by attribute names. */
const textOf = (el: Element, attr: string) =>
  $(el, 'svg')!
    .getAttribute(attr)!
    .split(' ')
    .map((id) => text(el.shadowRoot!.getElementById(id)))
    .join(' ');
/** True when a reader sees the element: laid out, not clipped to a pixel. */
const seen = (e: Element | null) =>
  !!e && e.getBoundingClientRect().width > 2 && e.getBoundingClientRect().height > 2;
/** A point inside a slice's fill, in viewport pixels. */
function inside(path: SVGPathElement): [number, number] {
  const b = path.getBBox();
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const p = new DOMPoint(b.x + (b.width * i) / 20, b.y + (b.height * j) / 20);
      if (path.isPointInFill(p)) {
        const s = p.matrixTransform(path.getScreenCTM()!);
        return [Math.round(s.x), Math.round(s.y)];
      }
    }
  throw new Error('no point inside the slice');
}
async function noViolations(el: Element) {
  const { violations } = await axe().run(el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

describe('<share-donut>', () => {
  it('draws the bundled series: China ~80% in the centre, the rest neutral and hatched', async () => {
    const el = await mount();
    const [china, rest] = slices(el);
    expect(slices(el).length).to.equal(2);
    expect(china!.getAttribute('aria-label')).to.equal("China: around 80% of Iran's oil exports");
    expect(rest!.classList.contains('hatch')).to.equal(true);
    expect(rest!.getAttribute('aria-label')).to.equal(
      "Not specified by the source: around 20% of Iran's oil exports",
    );
    expect(text($(el, '.title'))).to.equal("Who buys Iran's oil");
    const centre = el.shadowRoot!.querySelector('.centre')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(centre).to.equal('~80% China');
    // The dek (the article's point) is shown; the description the chart is described by says
    // the dataset's summary and the generated sentence.
    const dek = defaultDataset.presentation!.share!.dek!;
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal(dek);
    const described = el.shadowRoot!.querySelector('#summary')!.textContent!;
    expect(described).to.contain(defaultDataset.presentation!.share!.summary!);
    expect(described).to.contain('China accounts for around 80%');
    expect(el.shadowRoot!.querySelector('.source-note')!.textContent).to.contain(
      'Article on Russia–Iran relations',
    );
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('table'), 'built when opened').to.equal(null);
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    const table = details.querySelector('table')!;
    expect(table.textContent).to.contain('around 80%').and.contain('sentence 33');
    await noViolations(el);
  });

  it('draws an English page without making a number formatter (Intl loads locale data on first use)', async () => {
    const Real = Intl.NumberFormat;
    let made = 0;
    const spy = function (...args: unknown[]) {
      made++;
      return new (Real as unknown as new (...a: unknown[]) => Intl.NumberFormat)(...args);
    };
    Intl.NumberFormat = Object.assign(spy, Real) as unknown as typeof Intl.NumberFormat;
    try {
      const percent = await mount();
      const volumes = await mount(html`<share-donut .data=${testDataset([bcmSeries()])}></share-donut>`);
      expect(text($(percent, '.centre'))).to.contain('~80%');
      expect(slices(volumes)[0]!.getAttribute('aria-label')).to.contain('around 2.9 billion cubic metres');
    } finally {
      Intl.NumberFormat = Real;
    }
    expect(made).to.equal(0);
  });

  it('draws slice angles in proportion to the values (DOM paths)', async () => {
    const el = await mount();
    const boxes = slices(el).map((s) => s.getBBox());
    // China (80%) spans the whole height; the rest (20%) sits in the top-left quarter.
    expect(boxes[0]!.height).to.be.greaterThan(boxes[1]!.height * 1.8);
    expect(boxes[1]!.x + boxes[1]!.width).to.be.at.most(1);
  });

  it('picks a series with the series attribute, and any series through data', async () => {
    const el = await mount(html`<share-donut series="nope"></share-donut>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no series “nope”');
    const other = await mount(html`<share-donut .data=${otherSeries()}></share-donut>`);
    expect(slices(other).map((s) => s.getAttribute('aria-label')!.split(':')[0])).to.deep.equal([
      'China',
      'India',
      'Turkey',
      'Not specified',
    ]);
  });

  it('walks the slices with arrow keys (roving tabindex) and selects with Enter and Space', async () => {
    const el = await mount(html`<share-donut .data=${otherSeries()}></share-donut>`);
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
    const el = await mount(html`<div dir="rtl"><share-donut .data=${otherSeries()}></share-donut></div>`);
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
    const other = await mount(html`<share-donut no-link></share-donut>`);
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

  it('computes the unspecified rest of a percent series with a total, hatched and labelled', async () => {
    for (const [data, words] of [
      [sumBelow(), 'Not specified by the source: around 10% of Iran’s oil exports'],
      [percentWithTotal(), 'Not specified by the source: around 15% of the market'],
    ] as const) {
      const el = await mount(html`<share-donut .data=${data}></share-donut>`);
      const rest = slices(el).at(-1)!;
      expect(rest.classList.contains('hatch')).to.equal(true);
      expect(rest.getAttribute('tabindex')).to.equal('-1');
      expect(rest.getAttribute('aria-label')).to.equal(words);
      expect(text($(el, '.legend'))).to.contain('Not specified by the source');
      expect(text($(el, '#summary'))).to.contain('the source does not specify the remaining');
      expect($(el, '.notes'), 'no note: the slice says it').to.equal(null);
      await noViolations(el);
    }
  });

  it('explains shares that add up to more than 100', async () => {
    const el = await mount(html`<share-donut .data=${sumAbove()}></share-donut>`);
    expect(slices(el).length).to.equal(3);
    expect(text($(el, '.notes'))).to.contain('add up to around 112%');
    await noViolations(el);
  });

  it('groups more than 8 slices into a labelled Other, with a note', async () => {
    const el = await mount(html`<share-donut .data=${manySlices()}></share-donut>`);
    expect(slices(el).length).to.equal(8);
    expect(slices(el).at(-1)!.getAttribute('aria-label')).to.match(/^Other \(4\): 9% of/);
    expect(el.shadowRoot!.querySelector('.legend')!.textContent).to.contain('Other (4)');
    expect(text($(el, '.notes'))).to.contain('Italy, Spain, Greece, Malaysia');
    await noViolations(el);
  });

  it('keeps a tiny slice visible and focusable', async () => {
    const el = await mount(html`<share-donut .data=${tinySlice()}></share-donut>`);
    const tiny = slices(el).find((s) => s.getAttribute('aria-label')!.startsWith('Malaysia:'))!;
    const b = tiny.getBBox();
    expect(Math.max(b.width, b.height)).to.be.greaterThan(4);
    tiny.focus();
    expect(el.shadowRoot!.activeElement).to.equal(tiny);
  });

  // Zero and negative shares pass validation and are named by the donut; a NaN or missing
  // value fails core's validation, whose error names the entry by its path.
  for (const [name, make, entry, words] of [
    ['negative', () => badValue(-5), 'Entry 2 (“India”)', 'negative value (-5)'],
    ['zero', () => badValue(0), 'Entry 2 (“India”)', 'value of zero'],
    ['NaN', () => badValue(Number.NaN), '$.series[0].values[1].value', 'must be a finite number'],
    ['missing', missingValue, '$.series[0].values[1].value', 'is required but missing'],
  ] as const) {
    it(`shows a clear error naming the entry for a ${name} value, visibly and in the console`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await mount(html`<share-donut .data=${make()}></share-donut>`);
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
    await waitUntil(() => details.querySelector('table'), 'the table loads');
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
        <share-donut src="/__test/slow/2000"></share-donut>
        <share-donut .data=${badValue(-1)}></share-donut>
        <share-donut></share-donut>
      </div>`,
    );
    const [loading, error, ready] = [...wrap.querySelectorAll('share-donut')];
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
    await noViolations(await mount(html`<share-donut theme="dark"></share-donut>`));
    await noViolations(await mount(html`<div dir="rtl"><share-donut></share-donut></div>`));
  });

  it('draws a series in a physical unit without a total as parts of its sum, and says so', async () => {
    const el = await mount(html`<share-donut .data=${bcmNoTotal()}></share-donut>`);
    expect(slices(el).length).to.equal(3);
    expect($(el, '.hatch'), 'no remainder slice').to.equal(null);
    expect(text(el.shadowRoot!.querySelector('.frame')))
      .to.not.contain('Not specified')
      .and.not.contain('%');
    const note = $(el, '.notes')!;
    expect(seen(note)).to.equal(true);
    expect(text(note))
      .to.contain('The source gives no total.')
      .and.contain('around 4.6 billion cubic metres');
    // The note is part of the ring's accessible description, after the summary.
    expect(textOf(el, 'aria-describedby'))
      .to.contain(
        'Alpha accounts for around 2.9 billion cubic metres of the port’s imports; the source gives around 0.6 billion cubic metres as the rest: Cargoes by sea.',
      )
      .and.contain('The source gives no total.');
    expect(slices(el)[0]!.getAttribute('aria-label')).to.equal(
      'Alpha: around 2.9 billion cubic metres of the port’s imports, according to Omega Grid',
    );
    expect(text($(el, '.legend')))
      .to.contain('Alpha ~2.9 bcm')
      .and.contain('Beta 1.1 bcm');
    expect(text($(el, '.centre'))).to.equal('~2.9 bcm Alpha');
    await noViolations(el);
  });

  it('draws a stated remainder as a labelled slice, never as not specified', async () => {
    const el = await mount(html`<share-donut .data=${bcmNoTotal()}></share-donut>`);
    const stated = slices(el)[2]!;
    expect(stated.getAttribute('aria-label')).to.equal(
      'Cargoes by sea: around 0.6 billion cubic metres of the port’s imports, the rest as the source states it',
    );
    expect(stated.classList.contains('hatch')).to.equal(false);
    expect(getComputedStyle(stated).fill).to.not.equal(getComputedStyle(slices(el)[0]!).fill);
    expect(text($(el, '.legend li:last-child'))).to.equal('Cargoes by sea ~0.6 bcm');
    stated.focus();
    await el.updateComplete;
    const tip = text($(el, '.tooltip'));
    expect(tip)
      .to.contain('The rest, as the source states it.')
      .and.contain('“The rest, about 0.6 bcm, came as cargoes by sea.”');
    expect(tip).to.not.contain('not specify');
  });

  it('shows who says a value in the tooltip of a hovered slice and in the table', async () => {
    const el = await mount(html`<share-donut .data=${bcmNoTotal()}></share-donut>`);
    const [x, y] = inside(slices(el)[0]!);
    await sendMouse({ type: 'move', position: [x, y] });
    try {
      // A real pointer's move reaches the page at its next frame, which a busy machine delays.
      const tip = $(el, '.tooltip')!;
      await waitUntil(() => tip.matches(':popover-open'), 'the tooltip opens');
      await el.updateComplete;
      expect(text(tip))
        .to.contain('Alpha')
        .and.contain('around 2.9 billion cubic metres of the port’s imports')
        .and.contain('Certainty: asserted, according to Omega Grid')
        .and.contain('Source: Test text (self-written, unpublished), sentence 1');
      // Said once, above the quote.
      expect(text(tip).split('Omega Grid').length).to.equal(2);
      expect(tip.querySelector('a')!.getAttribute('href')).to.match(
        /^https:\/\/example\.org\/test-text#:~:text=/,
      );
      await noViolations(el);
    } finally {
      await resetMouse();
    }
    const details = $(el, 'details') as HTMLDetailsElement;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    // The last cell (the sentence, quoted) is checked apart.
    const rows = [...details.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].slice(0, -1).map(text).join(' | '),
    );
    expect(rows).to.deep.equal([
      'Alpha | around 2.9 billion cubic metres | according to Omega Grid | asserted | positive |  | ',
      'Beta | 1.1 billion cubic metres | the article | asserted | positive |  | ',
      'Cargoes by sea | around 0.6 billion cubic metres | the article | asserted | positive |  | ',
    ]);
    const sentences = [...details.querySelectorAll('tbody tr')].map((r) => text(r.lastElementChild!));
    sentences.forEach((s, i) => expect(s).to.match(new RegExp(`^“.+” \\(sentence ${i + 1}\\)$`)));
    expect([...details.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Claim',
      'Value',
      'Who says it',
      'Certainty',
      'Polarity',
      'When',
      'Note',
      'Sentence',
    ]);
    // The table is filtered to one actor with the select above it.
    const select = details.querySelector('select')!;
    select.value = [...select.options].find((o) => o.text === 'Beta')!.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...details.querySelectorAll('tbody tr')].map((r) => text(r.firstElementChild!))).to.deep.equal([
      'Beta',
    ]);
    expect(text(details.querySelector('[role="status"]')!)).to.equal('1 of 3 claims');
  });

  it('says a share inside a share in words: heading, summary, table and tooltip', async () => {
    const el = await mount(html`<share-donut .data=${withinSeries()}></share-donut>`);
    const within = $(el, '.within')!;
    expect(text(within)).to.equal('Of Alpha’s around 80% of the market');
    expect(seen(within)).to.equal(true);
    expect(textOf(el, 'aria-labelledby')).to.equal('Alpha’s units Of Alpha’s around 80% of the market');
    expect(text($(el, '#summary'))).to.equal(
      'Delta accounts for 60% of Alpha’s sales, of Alpha’s around 80% of the market; the source does not specify the remaining 15%.',
    );
    slices(el)[0]!.focus();
    await el.updateComplete;
    expect(text($(el, '.tooltip'))).to.contain('around 48% of the market in all (computed)');
    const details = $(el, 'details') as HTMLDetailsElement;
    details.open = true;
    await oneEvent(details, 'toggle');
    await el.updateComplete;
    await waitUntil(() => details.querySelector('table'), 'the table loads');
    expect(text(details.querySelector('caption'))).to.equal(
      'Alpha’s units, of Alpha’s around 80% of the market',
    );
    await noViolations(el);
    // In a physical unit without a total, the parent's value is the whole.
    const volume = await mount(
      html`<share-donut series="alpha-routes" .data=${withinVolume()}></share-donut>`,
    );
    expect(slices(volume).at(-1)!.getAttribute('aria-label')).to.equal(
      'Not specified by the source: around 0.4 bcm of Alpha’s shipments',
    );
    expect($(volume, '.notes')).to.equal(null);
  });

  it('refuses a share inside a share whose whole it cannot find, saying why', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await mount(html`<share-donut .data=${withinSeries('epsilon')}></share-donut>`);
      const alert = text($(el, '[role="alert"]'));
      expect(alert).to.contain(
        '“Alpha’s units” is a share of the value of entity “epsilon” in series “Market shares”',
      );
      expect(alert).to.contain('its whole is unknown');
      expect(errors.join()).to.contain('its whole is unknown');
      expect(slices(el).length).to.equal(0);
      await noViolations(el);
    } finally {
      console.error = original;
    }
  });

  it('takes its words from the dataset: heading, dek, summary and notes', async () => {
    const el = await mount(html`<share-donut .data=${withPresentation()}></share-donut>`);
    expect(text($(el, '.title'))).to.equal('Where the port’s gas came from');
    const dek = $(el, '.summary')!;
    expect(text(dek)).to.equal('In billion cubic metres; the operator gave no total.');
    expect(seen(dek)).to.equal(true);
    // The dataset's summary opens the description a screen reader hears; the generated one follows.
    expect(textOf(el, 'aria-describedby')).to.match(
      /^Alpha supplied most of the port’s gas\. Alpha accounts for around 2\.9 billion cubic metres of the port’s imports; .*Cargoes by sea\. The source gives no total\..* Preliminary figures\. Arrow keys move between slices; Enter chooses one\. Enter also shows what the source says below the graphic; Esc closes it\.$/,
    );
    expect(seen($(el, '#summary')), 'the dek stands in for it on screen').to.equal(false);
    expect(text($(el, '.notes'))).to.contain('Preliminary figures.');
    expect($(el, '.legend')!.getAttribute('aria-label')).to.equal('Key: Where the port’s gas came from');
    await noViolations(el);
  });

  it('falls back to the series title, and keeps the dataset’s words for the series they name', async () => {
    const el = await mount(html`<share-donut .data=${bcmNoTotal()}></share-donut>`);
    expect(text($(el, '.title'))).to.equal('Volumes by origin');
    expect(seen($(el, '#summary'))).to.equal(true);
    // The page picks another series than the one the dataset's words are for.
    const data = withPresentation();
    data.series.push({ ...percentWithTotal().series[0]! });
    const other = await mount(html`<share-donut series="market" .data=${data}></share-donut>`);
    expect(text($(other, '.title'))).to.equal('Market shares');
    expect(text(other.shadowRoot!.querySelector('.frame'))).to.not.contain('Preliminary figures');
    // Without the attribute, the dataset's choice.
    const own = await mount(html`<share-donut .data=${data}></share-donut>`);
    expect(text($(own, '.title'))).to.equal('Where the port’s gas came from');
    const none = testDataset([{ ...percentWithTotal().series[0]! }]);
    expect(text($(await mount(html`<share-donut .data=${none}></share-donut>`), '.title'))).to.equal(
      'Market shares',
    );
  });

  it('keeps an entity’s colour in a share inside a share and its parent', async () => {
    const data = withinSeries();
    data.series[1]!.values.push({ ...data.series[0]!.values[1]!, value: 10 });
    const parent = await mount(html`<share-donut series="market" .data=${data}></share-donut>`);
    const child = await mount(html`<share-donut .data=${data}></share-donut>`);
    const fill = (el: Element, name: string) =>
      getComputedStyle(slices(el).find((s) => s.getAttribute('aria-label')!.startsWith(name))!).fill;
    expect(fill(child, 'Beta')).to.equal(fill(parent, 'Beta'));
    expect(fill(child, 'Delta')).to.not.equal(fill(child, 'Beta'));
  });
});
