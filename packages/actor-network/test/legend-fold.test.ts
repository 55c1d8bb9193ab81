import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { defaultDataset, loadMessages } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';

/** A network in a column `width` px wide, its text at 18 px (as on a news page), in `lang`, once drawn. */
async function mount(width: number, lang = 'en'): Promise<ActorNetwork> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width:${width}px;font-size:18px"><actor-network></actor-network></div>`,
  );
  const el = wrap.querySelector('actor-network') as ActorNetwork;
  for (let i = 0; i < 200 && (el.layoutRunning || !el.shadowRoot!.querySelector('svg.chart')); i++)
    await aTimeout(20);
  await el.updateComplete;
  return el;
}

const $ = (el: ActorNetwork, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const shown = (e: Element) => getComputedStyle(e).display !== 'none';
const typeList = (el: ActorNetwork) => $(el, 'ul.legend[role="toolbar"]');
/** The drawing's height on screen: the viewBox's height at the scale the frame allows. */
const drawn = (el: ActorNetwork) => {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
  return svg.getScreenCTM()!.a * svg.viewBox.baseVal.height;
};
const typeButtons = (el: ActorNetwork) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.legend[role="toolbar"] button'),
];
const relationTypes = new Set(defaultDataset.relations.map((r) => r.type)).size;

interface AXNode {
  role?: string;
  name?: string;
  children?: AXNode[];
}

/** The names of the buttons in the accessibility tree. */
function buttons(node: AXNode, out: string[] = []): string[] {
  if (node.role === 'button' && node.name) out.push(node.name);
  for (const c of node.children ?? []) buttons(c, out);
  return out;
}

describe('<actor-network> legend of relation types on a narrow page', () => {
  it('folds behind a closed disclosure at 375 px, which gives the drawing its room', async () => {
    expect(relationTypes, 'the default dataset has a long legend').to.be.greaterThan(8);
    const el = await mount(375);
    const more = $(el, 'button.legend-more');
    expect(more, 'a disclosure button').to.not.equal(null);
    expect(shown(more)).to.equal(true);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.textContent).to.equal(`Key: ${relationTypes} types of relation`);
    expect(shown(typeList(el))).to.equal(false);
    const box = el.getBoundingClientRect();
    const folded = drawn(el);

    more.click();
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(typeList(el))).to.equal(true);
    // The legend of every type takes its room from the drawing, not from the page.
    const open = drawn(el);
    expect(
      folded - open,
      `drawn ${Math.round(folded)} px folded, ${Math.round(open)} px open`,
    ).to.be.at.least(80);
    expect(el.getBoundingClientRect().height).to.equal(box.height);
    // Folded, the drawing is as tall as its frame lets it be: at least 1.2 times the column's width.
    expect(folded).to.be.at.least(1.2 * 375);

    more.click();
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(typeList(el))).to.equal(false);
  });

  it('opens and closes with Enter and Space, and the type buttons inside still filter', async () => {
    const el = await mount(375);
    const more = $(el, 'button.legend-more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(typeList(el))).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    // Tab goes from the disclosure into the toolbar of types.
    await sendKeys({ press: 'Tab' });
    const first = typeList(el).querySelector('button')!;
    expect(el.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('false');
    // A re-render keeps the reader's choice.
    expect(more.getAttribute('aria-expanded')).to.equal('true');
  });

  it('shows the whole legend at 1280 px, with no disclosure', async () => {
    const el = await mount(1280);
    expect(shown($(el, 'button.legend-more'))).to.equal(false);
    expect(shown(typeList(el))).to.equal(true);
    expect(typeList(el).querySelectorAll('button')).to.have.length(relationTypes);
  });
});

describe('<actor-network> folded key on a narrow page, with types switched off', () => {
  it('says how many types are hidden, in its text and its accessible name, and stops once all are shown', async () => {
    const el = await mount(375);
    const more = $(el, 'button.legend-more');
    const all = `Key: ${relationTypes} types of relation`;
    expect(more.textContent).to.equal(all);
    more.click();
    const [first, second] = typeButtons(el);
    first!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    expect(more.textContent).to.equal(`${all}, 1 hidden`);
    second!.click();
    await el.updateComplete;
    expect(more.textContent).to.equal(`${all}, 2 hidden`);
    // Folded again, the button still says so, to the eye and to a screen reader.
    more.click();
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(typeButtons(el)[0]!.closest('ul')!).display).to.equal('none');
    const names = buttons((await a11ySnapshot({})) as unknown as AXNode);
    expect(names.find((n) => n.startsWith('Key:'))).to.match(new RegExp(`^${all}, 2 hidden`));
    // Both switched back on: nothing is hidden, and the button says no more.
    more.click();
    first!.click();
    second!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-pressed')).to.equal('true');
    expect(more.textContent).to.equal(all);
  });

  it('agrees with the number hidden in another language (French)', async () => {
    await loadMessages('fr');
    const el = await mount(375, 'fr');
    const more = $(el, 'button.legend-more');
    // Without the bidi isolates around the parts of a sentence.
    const text = () => more.textContent!.replace(/[\u2068\u2069]/g, '');
    const all = text();
    expect(all).to.equal(`Légende : ${relationTypes} types de relation`);
    more.click();
    const [first, second] = typeButtons(el);
    first!.click();
    await el.updateComplete;
    expect(text()).to.equal(`${all}, 1 masqué`);
    second!.click();
    await el.updateComplete;
    expect(text()).to.equal(`${all}, 2 masqués`);
  });
});
