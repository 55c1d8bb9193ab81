import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html as litHtml } from 'lit';
import type { Dataset } from '../src/index.js';
import { DEFAULT_DATASET_URL, NutgrafElement, clearDatasetCache, defaultDataset } from '../src/index.js';

class TestChart extends NutgrafElement {
  static override tagName = 'test-chart';
  protected override renderChart(dataset: Dataset): TemplateResult {
    return litHtml`<p class="chart">${dataset.entities.length} entities</p>
      <button class="mark" @click=${() => this.emitSelect('iran')} @focus=${() => this.emitHighlight('iran')}>
        Iran
      </button>
      <span class="linked">${this.linkedEntity ?? ''}</span>${this.renderWarnings()}`;
  }
  get size() {
    return this.resize.size;
  }
  get pageLang() {
    return this.locale.lang;
  }
  /** The keys' parts still waiting (see `keysAfterFrame`). */
  get waiting() {
    return this.keysLater;
  }
  wait(parts: number) {
    this.keysAfterFrame(parts);
  }
}
TestChart.define();

/** Waits until the element has drawn its chart (the bundled dataset is fetched). */
const drawn = (...els: Element[]) =>
  waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('.chart')), 'not drawn');

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('NutgrafElement', () => {
  beforeEach(() => clearDatasetCache());

  it('draws the bundled dataset with no attributes, one request for every element', async () => {
    const requests = () =>
      performance.getEntriesByType('resource').filter((r) => r.name === DEFAULT_DATASET_URL).length;
    const before = requests();
    const el = await fixture<HTMLDivElement>(
      html`<div><test-chart></test-chart><test-chart></test-chart></div>`,
    );
    const charts = [...el.querySelectorAll<TestChart>('test-chart')];
    await drawn(...charts);
    for (const chart of charts) expect(text(chart)).to.contain(`${defaultDataset.entities.length} entities`);
    expect(requests() - before).to.equal(1);
  });

  it('draws a version-1 dataset, migrated, with a console note that says so', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const v1 = {
        ...structuredClone(defaultDataset),
        schemaVersion: 1,
        relationTypes: undefined,
        groupings: undefined,
        evidence: defaultDataset.evidence.map(({ selector: _, ...e }) => e),
      };
      const el = await fixture<TestChart>(html`<test-chart .data=${v1}></test-chart>`);
      await drawn(el);
      expect(text(el)).to.contain(`${defaultDataset.entities.length} entities`);
      expect(warnings.join()).to.contain('$.schemaVersion: is 1; the dataset was migrated to version 2');
    } finally {
      console.warn = original;
    }
  });

  it('shows a visible error naming the wrong field for an invalid data property', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const bad = { ...defaultDataset, entities: [{ id: 'x' }] };
      const el = await fixture<TestChart>(html`<test-chart .data=${bad}></test-chart>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error state');
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('entities[0]');
      expect(errors.join()).to.contain('entities[0]');
    } finally {
      console.error = original;
    }
  });

  it('shows loading, then an error naming the URL for a bad src, at the same size', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const el = await fixture<TestChart>(html`<test-chart src="/__test/status/404"></test-chart>`);
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error state');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('/__test/status/404');
    } finally {
      console.error = original;
    }
  });

  it('fires composed nutgraf-select and nutgraf-highlight events on interaction', async () => {
    const el = await fixture<TestChart>(html`<test-chart></test-chart>`);
    await drawn(el);
    const mark = el.shadowRoot!.querySelector<HTMLButtonElement>('.mark')!;
    setTimeout(() => mark.click());
    const select = await oneEvent(document, 'nutgraf-select');
    expect(select.detail).to.deep.include({ entity: 'iran', origin: 'test-chart' });
    setTimeout(() => mark.focus());
    const highlight = await oneEvent(document, 'nutgraf-highlight');
    expect(highlight.detail.entity).to.equal('iran');
  });

  it('highlights what other embeds highlight, unless no-link is set', async () => {
    const wrapper = await fixture(
      html`<div>
        <test-chart id="a"></test-chart><test-chart id="b"></test-chart
        ><test-chart id="c" no-link></test-chart>
      </div>`,
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrapper.querySelector<TestChart>(`#${id}`)!);
    await drawn(a, b, c);
    a.shadowRoot!.querySelector<HTMLButtonElement>('.mark')!.focus();
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('.linked')!.textContent).to.equal('iran');
    expect(a.shadowRoot!.querySelector('.linked')!.textContent).to.equal('');
    expect(c.shadowRoot!.querySelector('.linked')!.textContent).to.equal('');
  });

  it('leaves parts of its keys to the tasks after frames, one a task, and stops at none', async function () {
    // Frames come slowly to a page beside another test file's.
    this.timeout(60000);
    const el = await fixture<TestChart>(html`<test-chart></test-chart>`);
    await drawn(el);
    // After each frame, a task queued behind the element's own.
    const afterFrames = async (n: number) => {
      const counts = [el.waiting];
      for (let i = 0; i < n; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        await aTimeout(0);
        counts.push(el.waiting);
      }
      return counts;
    };
    el.wait(3);
    expect(await afterFrames(4)).to.deep.equal([3, 2, 1, 0, 0]);
    // Asked again while parts wait: the two countdowns end at none, and stay there.
    el.wait(2);
    await afterFrames(1);
    el.wait(2);
    const counts = await afterFrames(5);
    expect(Math.min(...counts), 'never below none').to.equal(0);
    expect(counts.slice(-3), 'none, and no more').to.deep.equal([0, 0, 0]);
  });

  it('reports its size from a ResizeObserver, and follows the page language', async () => {
    const el = await fixture<TestChart>(
      html`<div lang="fa" dir="rtl"><test-chart style="width: 321px; height: 123px"></test-chart></div>`,
    );
    const chart = el.querySelector<TestChart>('test-chart')!;
    await waitUntil(() => chart.size.width === 321, 'size not observed');
    expect(chart.size.height).to.equal(123);
    expect(chart.pageLang).to.equal('fa');
  });
});
