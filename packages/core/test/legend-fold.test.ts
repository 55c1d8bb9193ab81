import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { legendStyles, renderLegend, themeStyles } from '../src/index.js';
import type { LegendItem } from '../src/index.js';

const items = (n: number): LegendItem[] =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `Type ${i}`, color: 'var(--_c1)' }));

class FoldHost extends LitElement {
  static override styles = [
    themeStyles,
    legendStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
    `,
  ];
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 9;
  }
  override render(): TemplateResult {
    return litHtml`${renderLegend(items(this.count), {
      label: 'Types',
      onToggle: () => undefined,
      more: `Key: ${this.count} types`,
    })}`;
  }
}
customElements.define('test-fold-host', FoldHost);

async function mount(width: number, count = 9): Promise<FoldHost> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><test-fold-host .count=${count}></test-fold-host></div>`,
  );
  const el = wrap.firstElementChild as FoldHost;
  await el.updateComplete;
  return el;
}

const more = (el: FoldHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.legend-more');
const list = (el: FoldHost) => el.shadowRoot!.querySelector('ul.legend')!;
const shown = (e: Element) => getComputedStyle(e).display !== 'none';

describe('legend with `more`', () => {
  it('folds a legend of over eight items behind a closed disclosure in a narrow container', async () => {
    const el = await mount(375);
    const button = more(el)!;
    expect(shown(button)).to.equal(true);
    expect(button.textContent).to.equal('Key: 9 types');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(list(el))).to.equal(false);
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(list(el))).to.equal(true);
    // A re-render keeps the reader's choice.
    el.count = 10;
    await el.updateComplete;
    expect(button.textContent).to.equal('Key: 10 types');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    expect(shown(list(el))).to.equal(false);
  });

  it('opens and closes with Enter and Space', async () => {
    const el = await mount(375);
    const button = more(el)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(list(el))).to.equal(false);
  });

  it('shows the whole legend in a wide container, and a short legend at any width', async () => {
    const wide = await mount(800);
    expect(shown(more(wide)!)).to.equal(false);
    expect(shown(list(wide))).to.equal(true);
    const short = await mount(375, 8);
    expect(more(short)).to.equal(null);
    expect(shown(list(short))).to.equal(true);
  });
});
