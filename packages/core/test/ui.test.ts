import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml, render } from 'lit';
import type { TemplateResult } from 'lit';
import {
  HOME_VIEW,
  TooltipController,
  entityName,
  formatNumber,
  formatPercent,
  nextIndex,
  renderDataTable,
  renderLegend,
  themeStyles,
  tooltipStyles,
  legendStyles,
  zoomAbout,
} from '../src/index.js';

class TipHost extends LitElement {
  static override styles = [themeStyles, tooltipStyles, legendStyles];
  tooltip = new TooltipController(this);
  toggled: string[] = [];
  override render(): TemplateResult {
    return litHtml`<button class="anchor">Iran</button>
      ${renderLegend(
        [
          { id: 'brics', label: 'BRICS', color: 'var(--_c1)', symbol: 'square' },
          { id: 'csto', label: 'CSTO', color: 'var(--_c2)', symbol: 'hatch', active: false },
        ],
        { label: 'Groups', onToggle: (id) => this.toggled.push(id) },
      )}
      ${this.tooltip.render()}`;
  }
}
customElements.define('test-tip-host', TipHost);

const popover = (el: TipHost) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip')!;
const anchor = (el: TipHost) => el.shadowRoot!.querySelector<HTMLElement>('.anchor')!;

async function openTip(el: TipHost) {
  el.tooltip.show(anchor(el), {
    title: 'Iran',
    lines: ['Member of BRICS'],
    quotes: [{ text: 'Iran’s Shahed drones…', certainty: 'reported', basis: 'article', sentence: 14 }],
    source: 'Article on Russia–Iran relations',
  });
  await el.updateComplete;
}

describe('tooltip', () => {
  it('opens in the top layer with the title, lines, quote, certainty and source line', async () => {
    const el = await fixture<TipHost>(html`<test-tip-host></test-tip-host>`);
    await openTip(el);
    expect(popover(el).matches(':popover-open')).to.equal(true);
    const text = popover(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Iran').and.contain('Member of BRICS').and.contain('Shahed drones');
    expect(text).to.contain('reported').and.contain('sentence 14');
  });

  it('is not clipped by a host container with overflow: hidden and a transform', async () => {
    const wrapper = await fixture(
      html`<div style="overflow: hidden; transform: translateX(0); width: 120px; height: 40px">
        <test-tip-host></test-tip-host>
      </div>`,
    );
    const el = wrapper.querySelector<TipHost>('test-tip-host')!;
    await openTip(el);
    const tip = popover(el).getBoundingClientRect();
    const box = wrapper.getBoundingClientRect();
    expect(tip.height).to.be.greaterThan(40);
    // In the top layer, the tooltip extends beyond the clipping container, whole.
    expect(popover(el).matches(':popover-open')).to.equal(true);
    expect(tip.bottom).to.be.greaterThan(box.bottom);
    expect(tip.right).to.be.greaterThan(box.right);
    expect(tip.top).to.be.at.least(0);
  });

  it('stays inside the viewport when its anchor sits at the right edge', async () => {
    const el = await fixture<TipHost>(
      html`<test-tip-host style="position: fixed; right: 0; bottom: 0"></test-tip-host>`,
    );
    await openTip(el);
    const tip = popover(el).getBoundingClientRect();
    expect(tip.right).to.be.at.most(document.documentElement.clientWidth);
    expect(tip.bottom).to.be.at.most(document.documentElement.clientHeight);
    expect(tip.left).to.be.at.least(0);
  });

  it('closes with Esc and with a tap outside', async () => {
    const el = await fixture<TipHost>(html`<test-tip-host></test-tip-host>`);
    await openTip(el);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(popover(el).matches(':popover-open')).to.equal(false);
    await openTip(el);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.tooltip.open).to.equal(false);
  });
});

describe('legend', () => {
  it('renders toggle buttons with aria-pressed that call back with the item id', async () => {
    const el = await fixture<TipHost>(html`<test-tip-host></test-tip-host>`);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.legend button')];
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['BRICS', 'CSTO']);
    buttons[1]!.click();
    expect(el.toggled).to.deep.equal(['csto']);
    expect(el.shadowRoot!.querySelector('.legend')!.getAttribute('aria-label')).to.equal('Groups');
  });
});

describe('data table', () => {
  it('is a disclosure whose code and captioned table, rows headed, load and build only once it is opened', async () => {
    let built = 0;
    let loads = 0;
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = { requestUpdate: () => render(view(), el) };
    const view = () =>
      renderDataTable(
        host,
        async () => {
          loads++;
          return { caption: 'Shares' };
        },
        (m) => {
          built++;
          return { caption: m.caption, columns: ['Buyer', 'Share'], rows: [['China', 'around 80%']] };
        },
      );
    host.requestUpdate();
    const details = el.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.contain('table');
    expect(el.querySelector('table'), 'closed: no table').to.equal(null);
    expect([loads, built]).to.deep.equal([0, 0]);

    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    // While its code loads, the reader hears that it is coming.
    expect(el.querySelector('[role="status"]')!.textContent).to.contain('Loading the table');
    await waitUntil(() => el.querySelector('table'));
    const table = el.querySelector('table')!;
    expect(loads).to.equal(1);
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Shares');
    expect(table.querySelector('tbody th[scope="row"]')!.textContent).to.equal('China');
    await expect(el).to.be.accessible();

    // Rendered again while open, it stays open and current; closed, the rows go; opened
    // again, nothing loads twice.
    const before = built;
    host.requestUpdate();
    expect(details.open).to.equal(true);
    expect(built).to.equal(before + 1);
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    expect(el.querySelector('table')).to.equal(null);
    details.querySelector('summary')!.click();
    await oneEvent(details, 'toggle');
    expect(el.querySelector('table')).to.not.equal(null);
    expect(loads).to.equal(1);
  });

  it('says so, and names the problem in the console, when its code cannot be loaded', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = {
        requestUpdate: () =>
          render(
            renderDataTable(
              host,
              () => Promise.reject(new Error('offline')),
              () => ({ caption: 'x', columns: [], rows: [] }),
            ),
            el,
          ),
      };
      host.requestUpdate();
      const details = el.querySelector('details')!;
      details.querySelector('summary')!.click();
      await oneEvent(details, 'toggle');
      await waitUntil(() => el.textContent!.includes('could not be loaded'));
      expect(String(errors[0]?.[0])).to.contain('data table could not be loaded');
    } finally {
      console.error = original;
    }
  });
});

describe('keyboard and language helpers', () => {
  it('moves a roving index with arrows, Home and End, mirrored right to left', () => {
    expect(nextIndex('ArrowRight', 0, 3)).to.equal(1);
    expect(nextIndex('ArrowLeft', 0, 3)).to.equal(2);
    expect(nextIndex('ArrowRight', 0, 3, { rtl: true })).to.equal(2);
    expect(nextIndex('ArrowDown', 2, 3, { wrap: false })).to.equal(2);
    expect(nextIndex('End', 0, 3)).to.equal(2);
    expect(nextIndex('Home', 2, 3)).to.equal(0);
    expect(nextIndex('a', 0, 3)).to.equal(null);
    expect(nextIndex('ArrowRight', 0, 0)).to.equal(null);
  });

  it('names countries in the page language and reads approximate shares', () => {
    const iran = { name: 'Iran', iso2: 'IR', kind: 'country' as const };
    expect(entityName(iran, 'en')).to.equal('Iran');
    expect(entityName(iran, 'fa')).to.equal('ایران');
    expect(entityName(iran, 'de')).to.equal('Iran');
    expect(entityName({ name: 'China', iso2: 'CN', kind: 'country' }, 'ru')).to.equal('Китай');
    expect(entityName({ name: 'BRICS', kind: 'organisation' }, 'fa')).to.equal('BRICS');
    expect(formatPercent(80, 'en', true)).to.equal('~80%');
    expect(formatPercent(80, 'en', true, true)).to.equal('around 80%');
    expect(formatPercent(80, 'en', false)).to.equal('80%');
    // English is formatted without Intl, and must read as Intl would.
    for (const v of [0, 0.04, 0.45, 0.96, 1, 12.5, 19.6, 80, 99.5, 112, 999])
      expect(formatPercent(v, 'en-GB', false), String(v)).to.equal(
        new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: v < 1 ? 1 : 0 }).format(
          v / 100,
        ),
      );
  });

  it('writes English numbers as Intl does, without making a formatter', () => {
    const made: unknown[] = [];
    const Real = Intl.NumberFormat;
    const spy = function (...args: unknown[]) {
      made.push(args);
      return new (Real as unknown as new (...a: unknown[]) => Intl.NumberFormat)(...args);
    };
    Object.assign(spy, Real);
    Intl.NumberFormat = spy as unknown as typeof Intl.NumberFormat;
    // Decimal values as a writer gives them: at most 15 significant digits. Longer ones
    // (0.1 + 0.2) go to Intl, checked below.
    const values = {
      decimal: [0, -0, 0.001, 0.0049, 0.005, 0.125, 1.005, 2.675, 19.6, 99.995, 999.5, 1234.5, 999999.995],
      percent: [0, -0, 0.00001, 0.00005, 0.01005, 0.02675, 0.196, 0.8, 0.99995, 9.995, 12.345],
    };
    const cases = (['decimal', 'percent'] as const).flatMap((style) =>
      values[style].flatMap((v) =>
        [undefined, 0, 1, 2].map((digits) => ({
          v,
          options: digits === undefined ? { style } : { style, maximumFractionDigits: digits },
        })),
      ),
    );
    let ours: string[];
    try {
      ours = cases.map(({ v, options }) => formatNumber(v, 'en-GB', options));
    } finally {
      Intl.NumberFormat = Real;
    }
    expect(made, 'formatters made for English').to.have.length(0);
    cases.forEach(({ v, options }, i) =>
      expect(ours[i], `${v} ${JSON.stringify(options)}`).to.equal(new Real('en-GB', options).format(v)),
    );
    // Other languages, and digits beyond what a double holds exactly, still go through Intl.
    expect(formatNumber(1234.5, 'de')).to.equal(new Real('de').format(1234.5));
    expect(formatNumber(0.1 + 0.2, 'en', { maximumFractionDigits: 20 })).to.equal(
      new Real('en', { maximumFractionDigits: 20 }).format(0.1 + 0.2),
    );
  });
});

describe('theme', () => {
  it('has light and dark tokens, forced by the theme attribute and themable from the page', async () => {
    const wrapper = await fixture(
      html`<div>
        <test-tip-host theme="light"></test-tip-host><test-tip-host theme="dark"></test-tip-host>
        <test-tip-host style="--nutgraf-color-background: rgb(1, 2, 3)"></test-tip-host>
      </div>`,
    );
    const [light, dark, custom] = [...wrapper.querySelectorAll('test-tip-host')].map(
      (el) => getComputedStyle(el).backgroundColor,
    );
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.equal('rgb(24, 24, 27)');
    expect(custom).to.equal('rgb(1, 2, 3)');
  });
});

describe('zoomAbout', () => {
  it('keeps the point it zooms about in place, and the scale within its range', () => {
    const at = { x: 120, y: 80 };
    const screen = (v: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
      x: p.x * v.k + v.x,
      y: p.y * v.k + v.y,
    });
    const before = { k: 1.5, x: -30, y: 10 };
    // The drawing point under `at` before the zoom is still under it after.
    const under = { x: (at.x - before.x) / before.k, y: (at.y - before.y) / before.k };
    const after = zoomAbout(before, 2, at, 0.5, 8);
    expect(after.k).to.equal(3);
    expect(screen(after, under).x).to.be.closeTo(at.x, 1e-9);
    expect(screen(after, under).y).to.be.closeTo(at.y, 1e-9);
    expect(zoomAbout(before, 100, at, 0.5, 8).k).to.equal(8);
    expect(zoomAbout(before, 0.01, at, 0.5, 8).k).to.equal(0.5);
    expect(zoomAbout(HOME_VIEW, 1, at, 1, 8)).to.deep.equal(HOME_VIEW);
  });
});
