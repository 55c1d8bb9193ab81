// The evidence behind a mark reaches a keyboard and a screen reader: the focused mark's
// accessible description carries its quotes, Enter opens them in a panel that a screen reader
// reads (a polite live region), Esc closes it; a visible keyboard hint appears while the keys
// move between marks; zooming, regrouping and filtering are announced.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { TAGS, drawn } from './helpers.js';

interface AXNode {
  role?: string;
  name?: string;
  description?: string;
  focused?: boolean;
  live?: string;
  children?: AXNode[];
}

/** The first node of the accessibility tree that `test` accepts. */
function find(node: AXNode, test: (n: AXNode) => boolean): AXNode | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mountTag(tag: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
  const el = wrap.appendChild(document.createElement(tag));
  await drawn(el);
  return el;
}

/** Focuses the component's first mark, then presses the arrow key until a mark with a quote is focused. */
async function focusQuotedMark(el: HTMLElement): Promise<string> {
  const root = el.shadowRoot!;
  root.querySelector<SVGElement>('[data-index][tabindex="0"]')!.focus();
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'ArrowRight' });
    await aTimeout(30);
    const quote = text(root.querySelector('#tooltip-quotes .tooltip-quote p'));
    if (quote) return quote;
  }
  throw new Error(`<${el.localName}>: no mark with a quote within 40 arrow presses`);
}

describe('Evidence for the keyboard and screen readers', function () {
  this.timeout(60000);

  for (const tag of TAGS) {
    it(`<${tag}>: the focused mark describes its quote; Enter opens it in a live region; Esc closes it`, async () => {
      const el = await mountTag(tag);
      const root = el.shadowRoot!;
      const quote = await focusQuotedMark(el);
      expect(quote).to.match(/^“.+”$/);

      const focused = find((await a11ySnapshot({})) as AXNode, (n) => !!n.focused);
      expect(focused?.role, 'the focused mark is a button').to.equal('button');
      expect(focused?.description ?? '', 'its description carries the quote').to.contain(quote.slice(1, 40));

      const panel = root.querySelector('.evidence')!;
      expect(panel.getAttribute('aria-live')).to.equal('polite');
      expect(text(panel), 'the panel is empty before a choice').to.equal('');
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(text(panel.querySelector('.tooltip-quote p')), 'Enter opens the quote in the panel').to.equal(
        quote,
      );
      expect(text(panel), 'with its source').to.match(/Source: /);
      const region = find(
        (await a11ySnapshot({})) as AXNode,
        (n) => n.role === 'region' && /^What the source says about ./.test(n.name ?? ''),
      );
      expect(region, 'the panel is a named region in the accessibility tree').to.not.equal(undefined);
      expect(JSON.stringify(region)).to.contain(quote.slice(1, 40));
      const tooltipOpen = root.querySelector('.tooltip')!.matches(':popover-open');
      expect(tooltipOpen, 'the tooltip gives way to the panel').to.equal(false);

      await sendKeys({ press: 'Escape' });
      await aTimeout(50);
      expect(text(panel), 'Esc closes the panel').to.equal('');
      el.remove();
    });

    it(`<${tag}>: a visible keyboard hint while the keys move between marks, and only then`, async () => {
      const el = await mountTag(tag);
      const root = el.shadowRoot!;
      const hint = root.querySelector<HTMLElement>('.key-hint')!;
      expect(getComputedStyle(hint).display, 'hidden at rest').to.equal('none');
      root.querySelector<SVGElement>('[data-index][tabindex="0"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await aTimeout(50);
      expect(getComputedStyle(hint).display, 'shown while the keyboard moves').to.equal('block');
      expect(text(hint)).to.match(/^Keyboard: .*Enter/);
      const box = hint.getBoundingClientRect();
      const frame = hint.parentElement!.getBoundingClientRect();
      expect(box.height, 'one or two lines').to.be.below(40);
      expect(box.bottom).to.be.closeTo(frame.bottom, 1);
      // Screen readers hear the whole hint, with the evidence keys, as the graphic's description.
      const svg = root.querySelector('svg[aria-describedby]')!;
      const described = svg
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(root.getElementById(id)))
        .join(' ');
      expect(described).to.contain('Esc closes it');
      (root.activeElement as HTMLElement).blur();
      await aTimeout(30);
      expect(getComputedStyle(hint).display, 'hidden once the focus leaves').to.equal('none');
      el.remove();
    });
  }
});

describe('Changes of view are announced', function () {
  this.timeout(60000);

  const live = (el: HTMLElement) => text(el.shadowRoot!.querySelector('[aria-live="polite"][aria-atomic]'));

  /** Zoom in, back to the whole view, then hide and show the first type in the key: each is said. */
  async function zoomAndFilter(el: HTMLElement): Promise<void> {
    const root = el.shadowRoot!;
    const zoom = [...root.querySelectorAll<HTMLButtonElement>('.zoom button')];
    zoom[0]!.click();
    await aTimeout(30);
    expect(live(el)).to.match(/^Zoom: 1\.\d times$/);
    zoom.at(-1)!.click();
    await aTimeout(30);
    expect(live(el)).to.equal('Zoom: the whole view');
    const toggle = root.querySelector<HTMLButtonElement>('.legend button[aria-pressed]')!;
    const label = text(toggle.querySelector('.legend-label'));
    toggle.click();
    await aTimeout(30);
    expect(live(el)).to.equal(`${label}: hidden.`);
    toggle.click();
    await aTimeout(30);
    expect(live(el)).to.equal(`${label}: shown.`);
  }

  it('<alliance-map>: regrouping, zoom and hiding a type of arrow', async () => {
    const el = await mountTag('alliance-map');
    const root = el.shadowRoot!;
    const select = root.querySelector('select')!;
    const other = [...select.options].find((o) => !o.selected)!;
    select.value = other.value;
    select.dispatchEvent(new Event('change'));
    await aTimeout(30);
    expect(live(el)).to.equal(`The map is coloured by ${other.textContent!.trim()}.`);

    await zoomAndFilter(el);
    el.remove();
  });

  it('<actor-network>: zoom and hiding a type of relation', async () => {
    const el = await mountTag('actor-network');
    await zoomAndFilter(el);
    el.remove();
  });
});
