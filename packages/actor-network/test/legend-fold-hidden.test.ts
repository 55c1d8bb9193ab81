import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { defaultDataset, loadMessages } from '@nutgraf/core';
import '../src/define.js';
import type { ActorNetwork } from '../src/actor-network.js';

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

/** A network in a column `width` px wide, in `lang`, once drawn. */
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
const typeButtons = (el: ActorNetwork) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.legend[role="toolbar"] button'),
];
const relationTypes = new Set(defaultDataset.relations.map((r) => r.type)).size;

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
