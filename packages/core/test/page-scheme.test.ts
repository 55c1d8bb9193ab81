import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement, PageSchemeController, certaintyStyles } from '../src/index.js';

// Every observe() of <html>, to show that all graphics on a page share one observer. Installed
// before the first graphic connects.
let htmlObservers = 0;
const observe = MutationObserver.prototype.observe;
MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
  if (target === document.documentElement) htmlObservers++;
  return observe.call(this, target, options);
};

/** A graphic wired as NutgrafElement will be: a PageSchemeController on the host. */
class SchemeChart extends NutgrafElement {
  static override tagName = 'scheme-chart';
  readonly scheme = new PageSchemeController(this);
  protected override renderChart(): TemplateResult {
    return html`<p>chart</p>`;
  }
}
SchemeChart.define();

// The theme's light and dark defaults.
const LIGHT = { bg: 'rgb(255, 255, 255)', fg: 'rgb(29, 29, 31)' };
const DARK = { bg: 'rgb(24, 24, 27)', fg: 'rgb(236, 236, 241)' };

const colours = (el: Element) => {
  const style = getComputedStyle(el);
  return { bg: style.backgroundColor, fg: style.color };
};

/** Waits until the graphic draws with `expected` colours (the page or the system changed). */
const becomes = (el: Element, expected: typeof LIGHT, message: string) =>
  waitUntil(() => colours(el).bg === expected.bg, message, { timeout: 5000 }).then(() =>
    expect(colours(el)).to.deep.equal(expected),
  );

/** A stylesheet for the host page, removed after the test. */
let pageStyle: HTMLStyleElement;
const setPageCss = (text: string) => {
  pageStyle.textContent = text;
};

describe('PageSchemeController: a graphic follows its host page', () => {
  beforeEach(() => {
    pageStyle = document.head.appendChild(document.createElement('style'));
  });
  afterEach(async () => {
    pageStyle.remove();
    document.querySelector('meta[name=color-scheme]')?.remove();
    document.documentElement.removeAttribute('class');
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a light page under a dark system gives a light graphic', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    setPageCss('body { background: #fafafa; color: #111 }');
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(LIGHT);
  });

  it('a dark page under a light system gives a dark graphic', async () => {
    setPageCss('body { background: #121212; color: #eee }');
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(DARK);
  });

  it('the theme attribute wins over the page', async () => {
    setPageCss('body { background: #121212 }');
    const light = await fixture(html`<scheme-chart theme="light"></scheme-chart>`);
    expect(colours(light)).to.deep.equal(LIGHT);
    setPageCss('body { background: #fff }');
    const dark = await fixture(html`<scheme-chart theme="dark"></scheme-chart>`);
    expect(colours(dark)).to.deep.equal(DARK);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(light), 'theme="light" under a dark system').to.deep.equal(LIGHT);
  });

  it('theme="auto" follows the page', async () => {
    setPageCss('body { background: #121212 }');
    const el = await fixture(html`<scheme-chart theme="auto"></scheme-chart>`);
    expect(colours(el)).to.deep.equal(DARK);
  });

  it("switches when the page's theme button toggles a class on <html>", async () => {
    setPageCss('body { background: #fff } html.dark body { background: #0d1117 }');
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(LIGHT);
    document.documentElement.classList.add('dark');
    await becomes(el, DARK, 'did not turn dark');
    document.documentElement.classList.remove('dark');
    await becomes(el, LIGHT, 'did not turn light again');
  });

  it('switches after a page background that fades into the new theme', async () => {
    setPageCss(
      'body { background: #fff; transition: background-color 80ms } body.night { background: #000 }',
    );
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    document.body.classList.add('night');
    await becomes(el, DARK, 'did not turn dark after the transition');
    document.body.classList.remove('night');
    await becomes(el, LIGHT, 'did not turn light after the transition');
  });

  it('color-scheme: dark on :root gives dark, whatever the system and the background', async () => {
    setPageCss(':root { color-scheme: dark } body { background: #fff }');
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(DARK);
    setPageCss(':root { color-scheme: only light } body { background: #000 }');
    await emulateMedia({ colorScheme: 'dark' });
    await becomes(el, LIGHT, 'color-scheme: only light');
  });

  it('a color-scheme set by a style attribute on <html> switches the graphic', async () => {
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(LIGHT);
    document.documentElement.style.colorScheme = 'dark';
    await becomes(el, DARK, 'did not turn dark');
  });

  it('<meta name="color-scheme" content="dark"> gives dark', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' });
    document.head.append(meta);
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(DARK);
  });

  it('color-scheme: light dark follows the system, and its changes', async () => {
    setPageCss(':root { color-scheme: light dark }');
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    await becomes(el, DARK, 'did not follow the system to dark');
    await emulateMedia({ colorScheme: 'light' });
    await becomes(el, LIGHT, 'did not follow the system back to light');
  });

  it('a page that says nothing follows the system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture(html`<scheme-chart></scheme-chart>`);
    expect(colours(el)).to.deep.equal(DARK);
    await emulateMedia({ colorScheme: 'light' });
    await becomes(el, LIGHT, 'did not follow the system');
  });

  it('reads the nearest opaque background, skipping transparent ones, across shadow roots', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    setPageCss(
      'body { background: #000 } .card { background: oklch(0.97 0.01 90) } .clear { background: rgba(0, 0, 0, 0) }',
    );
    const page = await fixture<HTMLDivElement>(
      html`<div class="card">
        <div class="clear"><scheme-chart></scheme-chart></div>
        <section></section>
      </div>`,
    );
    expect(colours(page.querySelector('scheme-chart')!), 'oklch card, transparent wrapper').to.deep.equal(
      LIGHT,
    );
    // A graphic inside another component's shadow root, on a dark panel there.
    const shadow = page.querySelector('section')!.attachShadow({ mode: 'open' });
    const panel = document.createElement('div');
    panel.style.background = 'rgb(20 30 40)';
    panel.append(document.createElement('span'));
    panel.firstElementChild!.append(document.createElement('scheme-chart'));
    shadow.append(panel);
    const inner = shadow.querySelector('scheme-chart')!;
    await waitUntil(() => (inner as SchemeChart).hasUpdated);
    expect(colours(inner), 'dark panel in a shadow root').to.deep.equal(DARK);
  });

  it('all graphics on a page share one observer, stopped when the last one leaves', async () => {
    setPageCss('body { background: #000 }');
    // No graphic is on the page between tests: the listeners start with the first one.
    htmlObservers = 0;
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <scheme-chart></scheme-chart><scheme-chart></scheme-chart><scheme-chart></scheme-chart>
      </div>`,
    );
    for (const el of page.children) expect(colours(el)).to.deep.equal(DARK);
    expect(htmlObservers).to.equal(1);
    // The last one leaving stops them; the next graphic starts them again, once.
    page.remove();
    const again = await fixture<HTMLDivElement>(html`<div><scheme-chart></scheme-chart></div>`);
    expect(colours(again.firstElementChild!)).to.deep.equal(DARK);
    expect(htmlObservers).to.equal(2);
  });
});

/** A mark drawn as actor-network draws an edge: a certainty class on the group and on its line. */
class CertaintyMarks extends LitElement {
  static override styles = certaintyStyles;
  override render() {
    return svg`<svg><g class="edge certainty-hypothetical"><path class="line certainty-hypothetical" d="M0 0H9"></path></g><path class="solo certainty-predicted" d="M0 0H9"></path></svg>`;
  }
}
customElements.define('certainty-marks', CertaintyMarks);

/** The opacity a mark is drawn with: its own times its ancestors' in the shadow root. */
const effectiveOpacity = (el: Element | null) => {
  let opacity = 1;
  for (; el && el.localName !== 'svg'; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
  return opacity;
};

describe('certainty styles', () => {
  it('draw a possible mark dotted, never faded (a fade took it below 3:1), also inside a group with a certainty class', async () => {
    const el = await fixture<CertaintyMarks>(html`<certainty-marks></certainty-marks>`);
    const root = el.shadowRoot!;
    for (const mark of [root.querySelector('.line'), root.querySelector('.solo')]) {
      expect(effectiveOpacity(mark)).to.equal(1);
      expect(getComputedStyle(mark!).strokeDasharray).to.equal('1px, 4px');
    }
  });
});
