// Reflow (WCAG 1.4.10): at a 320 px wide viewport (1280 px at 400 % zoom) no component makes
// the page scroll sideways, and every control is on screen and focusable.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TAGS, mount } from './helpers.js';

describe('reflow at 320 px', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const tag of TAGS)
    it(`<${tag}>: no sideways scroll, every control within reach`, async () => {
      document.body.style.margin = '0';
      const [el] = await mount(
        html`${
          tag === 'alliance-map'
            ? html`<alliance-map></alliance-map>`
            : tag === 'share-donut'
              ? html`<share-donut></share-donut>`
              : html`<actor-network></actor-network>`
        }`,
      );
      expect(window.innerWidth).to.equal(320);
      expect(document.scrollingElement!.scrollWidth, 'page width').to.be.at.most(320);
      // A key folded behind its button is opened first, as a reader would open it.
      el!
        .shadowRoot!.querySelectorAll<HTMLElement>('.legend-more[aria-expanded="false"]')
        .forEach((b) => b.click());
      const controls = [...el!.shadowRoot!.querySelectorAll<HTMLElement>('button, select, summary, a[href]')];
      expect(controls.length, 'controls').to.be.greaterThan(0);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        const name = `${c.localName} "${(c.textContent || c.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
        expect(r.width * r.height, `${name} shown`).to.be.greaterThan(0);
        expect(r.left, `${name} left edge`).to.be.at.least(0);
        expect(r.right, `${name} right edge`).to.be.at.most(320);
        c.focus();
        expect(el!.shadowRoot!.activeElement, `${name} focusable`).to.equal(c);
      }
    });
});
