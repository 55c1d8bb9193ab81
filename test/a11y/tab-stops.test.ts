// Passing a component with Tab: every stop is a named control or mark, never a nameless `svg`
// or `g` (Chromium gives an SVG element with a focus listener a Tab stop of its own).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TAGS, drawn } from './helpers.js';

/** The focused element, inside shadow roots. */
function deepFocus(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Elements and roles a reader can act on: a Tab stop on anything else is a dead stop. */
const NATIVE = ['a', 'button', 'input', 'select', 'summary', 'textarea'];
const ROLES = ['button', 'link', 'checkbox', 'radio', 'option', 'tab', 'menuitem', 'slider', 'switch'];

/** What a screen reader would name the element, roughly: its label, else its text. */
const nameOf = (el: Element) =>
  (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '').trim();

describe('Tab through each component', function () {
  this.timeout(60000);

  for (const tag of TAGS)
    it(`<${tag}>: every stop has a role and a name`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width:800px">
          <button id="before">before</button>
          ${
            tag === 'alliance-map'
              ? html`<alliance-map></alliance-map>`
              : tag === 'share-donut'
                ? html`<share-donut></share-donut>`
                : html`<actor-network></actor-network>`
          }
          <button id="after">after</button>
        </div>`,
      );
      await drawn(wrap.querySelector(tag)!);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({ press: 'Tab' });
        const el = deepFocus();
        if (!el || el.id === 'after') break;
        const name = nameOf(el);
        stops.push(
          `${el.localName}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} “${name.slice(0, 40)}”`,
        );
        expect(name, `stop ${stops.length}: ${el.localName}.${el.getAttribute('class') ?? ''}`).to.not.equal(
          '',
        );
        const role = el.getAttribute('role') ?? '';
        expect(
          NATIVE.includes(el.localName) || ROLES.includes(role),
          `stop ${stops.length} is a control or a mark: <${el.localName} role="${role}">`,
        ).to.equal(true);
      }
      expect(deepFocus()?.id, 'Tab reaches the button after the component').to.equal('after');
      // One stop for the marks plus the controls, each group of buttons one stop: at most 5.
      // The source note's links are text the reader may follow, not controls of the graphic.
      const controls = stops.filter((stop) => !stop.startsWith('a '));
      expect(controls.length, controls.join(' · ')).to.be.at.most(5);
      console.log(`[tab stops] <${tag}>: ${stops.length}: ${stops.join(' · ')}`);
    });

  it('a toggle legend is one Tab stop; arrow keys move between its buttons', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:800px"><actor-network></actor-network></div>`,
    );
    const el = wrap.querySelector('actor-network')!;
    await drawn(el);
    const buttons = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button.legend-item'),
    ];
    expect(buttons.length).to.be.greaterThan(3);
    expect(buttons.map((b) => b.tabIndex).filter((t) => t === 0)).to.have.length(1);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepFocus()).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(deepFocus()).to.equal(buttons.at(-1));
    await sendKeys({ press: 'Space' });
    expect(buttons.at(-1)!.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(buttons.includes(deepFocus() as HTMLButtonElement), 'Tab leaves the legend').to.equal(false);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepFocus(), 'Shift+Tab comes back to the button last reached').to.equal(buttons.at(-1));
  });
});
