import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { html as litHtml } from 'lit';
import type { Dataset } from '../src/index.js';
import { NutgrafElement, defaultDataset } from '../src/index.js';

class NearChart extends NutgrafElement {
  static override tagName = 'near-chart';
  protected override renderChart(dataset: Dataset): TemplateResult {
    return litHtml`<p class="chart">${dataset.title}</p>
      <button class="mark" data-index="0">first mark</button>`;
  }
}
NearChart.define();

const isDrawn = (el: Element) => !!el.shadowRoot?.querySelector('.chart');
const drawn = (el: Element) => waitUntil(() => isDrawn(el), 'not drawn');
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(n);
  });
/** The bundled dataset under another title. */
const variant = (title: string) => ({ ...structuredClone(defaultDataset), title });

/**
 * A page whose chart sits `gap` viewports below the top: `before` is a control above the gap,
 * for reaching the chart with Tab.
 */
async function farPage(gap: number, chart: TemplateResult) {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <button id="before">before</button>
      <div style="height: ${gap * innerHeight}px"></div>
      ${chart}
    </div>`,
  );
  return { page, chart: page.querySelector<NearChart>('near-chart')! };
}

describe('drawing near the screen', () => {
  afterEach(() => scrollTo(0, 0));

  it('draws a chart on screen with its data, and one far below only as it comes near', async () => {
    const top = await fixture<NearChart>(html`<near-chart .data=${variant('top')}></near-chart>`);
    await drawn(top);
    expect(top.hasAttribute('tabindex')).to.equal(false);

    const { chart } = await farPage(3, html`<near-chart .data=${variant('far')}></near-chart>`);
    await chart.updateComplete;
    await frames(4);
    expect(isDrawn(chart), 'drawn three viewports below the screen').to.equal(false);
    const state = chart.shadowRoot!.querySelector('.state')!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(state.getAttribute('aria-busy')).to.equal('true');

    // Scrolled to within half a viewport of it: drawn.
    scrollTo(0, chart.getBoundingClientRect().top + scrollY - 1.4 * innerHeight);
    await drawn(chart);
    expect(chart.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
  });

  it('is a Tab stop while it waits; reached with Tab, it draws and hands the focus to its first control', async () => {
    const { page, chart } = await farPage(3, html`<near-chart .data=${variant('tab')}></near-chart>`);
    await frames(2);
    expect(chart.getAttribute('tabindex')).to.equal('0');
    expect(chart.getAttribute('aria-busy')).to.equal('true');
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await drawn(chart);
    await waitUntil(() => !chart.hasAttribute('data-nutgraf-waiting'), 'still waiting');
    expect(chart.hasAttribute('tabindex')).to.equal(false);
    expect(chart.hasAttribute('aria-busy')).to.equal(false);
    expect(chart.shadowRoot!.activeElement?.className).to.equal('mark');
  });

  it('draws at once far below with loading="eager", and when loading turns eager', async () => {
    const { chart } = await farPage(
      3,
      html`<near-chart loading="eager" .data=${variant('eager')}></near-chart>`,
    );
    await chart.updateComplete;
    expect(isDrawn(chart)).to.equal(true);
    expect(chart.hasAttribute('tabindex')).to.equal(false);

    const { chart: lazy } = await farPage(3, html`<near-chart .data=${variant('lazy')}></near-chart>`);
    await frames(2);
    expect(isDrawn(lazy)).to.equal(false);
    lazy.loading = 'eager';
    await drawn(lazy);
  });

  it('draws the data it holds when it comes near, not data replaced while it waited', async () => {
    const { chart } = await farPage(3, html`<near-chart .data=${variant('old')}></near-chart>`);
    await frames(2);
    chart.data = variant('new');
    await chart.updateComplete;
    await frames(2);
    expect(isDrawn(chart)).to.equal(false);
    chart.scrollIntoView();
    await drawn(chart);
    expect(chart.shadowRoot!.querySelector('.chart')!.textContent).to.equal('new');
  });

  it('shows an error at once, wherever it is', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const bad = { ...variant('bad'), entities: [{ id: 'x' }] };
      const { chart } = await farPage(3, html`<near-chart .data=${bad}></near-chart>`);
      await waitUntil(() => chart.shadowRoot!.querySelector('[role="alert"]'), 'no error state');
      expect(chart.hasAttribute('tabindex')).to.equal(false);
    } finally {
      console.error = original;
    }
  });

  it('draws every waiting chart when the page is printed', async () => {
    const { chart } = await farPage(3, html`<near-chart .data=${variant('print')}></near-chart>`);
    await frames(2);
    expect(isDrawn(chart)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    await chart.updateComplete;
    expect(isDrawn(chart)).to.equal(true);
  });
});
