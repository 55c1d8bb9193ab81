// The demo article with the drop-in bundle (`/demo/eager.html`) on a phone: every graphic's code
// is on the page, but only the graphics near the screen are registered and draw while it loads;
// the rest as the reader scrolls to them, in their reserved space, moving nothing on the screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { settle, startHarness, waitForGraphics } from './page-harness.mjs';

/** Whether each graphic of the page has drawn its chart, by tag. */
const drawn = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['alliance-map', 'actor-network', 'share-donut'].map((t) => [
        t,
        !!document.querySelector(t).shadowRoot?.querySelector('svg'),
      ]),
    ),
  );

describe('graphics draw as they come near the screen (drop-in bundle, strict CSP)', () => {
  let harness;
  before(async () => (harness = await startHarness({ csp: true })));
  after(async () => harness?.close());

  it('the article draws the map near the first screen, the far graphics only once scrolled to', async () => {
    const { page, log } = await harness.open('/demo/eager.html', { width: 412, height: 823 });
    try {
      await waitForGraphics(page, ['alliance-map']);
      await settle(page, 4);
      assert.deepEqual(await drawn(page), {
        'alliance-map': true,
        'actor-network': false,
        'share-donut': false,
      });
      // Waiting, the far graphics say so and are Tab stops; their tags are not even registered
      // yet (upgrading them would cost the page's main thread while it loads).
      const waiting = await page.evaluate(() =>
        ['actor-network', 'share-donut'].map((t) => {
          const el = document.querySelector(t);
          return [
            el.getAttribute('tabindex'),
            el.getAttribute('aria-busy'),
            el.getAttribute('role'),
            !!customElements.get(t),
          ];
        }),
      );
      assert.deepEqual(waiting, [
        ['0', 'true', 'group', false],
        ['0', 'true', 'group', false],
      ]);

      // Shifts of what is on screen from here on (none may come from a graphic drawing).
      await page.evaluate(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
        }).observe({ type: 'layout-shift' });
      });
      const top = await page.evaluate(
        () => document.querySelector('actor-network').getBoundingClientRect().top,
      );
      // Scrolled to within half a screen of the network: it draws, the donut (far below) does not.
      await page.evaluate((y) => window.scrollBy(0, y), top - 823 * 1.4);
      // (Not scrolled into view by the wait: the reader stops here, the network still below the screen.)
      await waitForGraphics(page, ['actor-network'], 20000, { scroll: false });
      await settle(page, 4);
      assert.deepEqual(await drawn(page), {
        'alliance-map': true,
        'actor-network': true,
        'share-donut': false,
      });
      assert.equal(
        await page.evaluate(() => document.querySelector('actor-network').hasAttribute('tabindex')),
        false,
      );
      assert.equal(await page.evaluate(() => window.__shift), 0, 'nothing on screen moved');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });

  it('registers at once a tag asked for eagerly, or not in the page yet; the others wait', async () => {
    // Both graphics 4,000 px down; the donut says loading="eager"; no map in the page.
    const { page, log } = await harness.open('/test/pages/fixtures/far-drop-in.html', {
      width: 412,
      height: 823,
    });
    try {
      await page.waitForFunction(
        () => document.querySelector('share-donut').shadowRoot?.querySelector('svg'),
        {
          timeout: 20000,
        },
      );
      await settle(page, 4);
      const defined = await page.evaluate(() =>
        ['alliance-map', 'share-donut', 'actor-network'].map((t) => !!customElements.get(t)),
      );
      assert.deepEqual(defined, [true, true, false]);
      // Reached with Tab, the waiting network registers, draws and hands the focus on.
      await page.focus('actor-network');
      await waitForGraphics(page, ['actor-network'], 20000, { scroll: false });
      assert.equal(await page.evaluate(() => !!customElements.get('actor-network')), true);
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });
});
