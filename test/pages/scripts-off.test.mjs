// Without JavaScript: the demo page's tags hold fallback content (npm run fallbacks, made by
// `nutgraf render --format fallback` from the live components) — a static SVG and a table —
// that shows when scripts are off, and is replaced, without a layout shift, once the elements
// upgrade.
import assert from 'node:assert/strict';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import { TAGS, layoutShifts, settle, startHarness, waitForGraphics } from './page-harness.mjs';

const SHOTS = process.env.NUTGRAF_SHOTS; // a directory: screenshots to look at

/** For each tag: is a fallback svg / table visible (non-zero box, not hidden, inside the tag's box)? */
function fallbackVisibility(page) {
  return page.evaluate((tags) => {
    const visible = (el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return (
        r.width > 20 &&
        r.height > 20 &&
        s.visibility !== 'hidden' &&
        s.display !== 'none' &&
        el.checkVisibility()
      );
    };
    return Object.fromEntries(
      tags.map((t) => {
        const el = document.querySelector(t);
        return [
          t,
          {
            svg: visible(el.querySelector(':scope > .nutgraf-fallback svg')),
            table: visible(el.querySelector(':scope > .nutgraf-fallback table')),
          },
        ];
      }),
    );
  }, TAGS);
}

describe('scripts off', () => {
  let harness;
  before(async () => (harness = await startHarness({ csp: true })));
  after(async () => harness?.close());

  for (const width of [375, 1280])
    it(`shows a static SVG and a table in each tag with JavaScript disabled (${width} px)`, async () => {
      const { page, log } = await harness.open('/demo/index.html', {
        width,
        beforeLoad: (p) => p.setJavaScriptEnabled(false),
      });
      const shown = await fallbackVisibility(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/scripts-off-${width}.png`, fullPage: true });
      const defined = await page.evaluate(() => !!customElements.get('alliance-map'));
      await page.close();
      assert.equal(defined, false, 'scripts really are off');
      for (const tag of TAGS) assert.deepEqual(shown[tag], { svg: true, table: true }, `<${tag}> fallback`);
      assert.deepEqual(log.pageErrors, []);
    });

  for (const width of [375, 1280])
    it(`the live graphics replace the fallbacks without a layout shift (${width} px)`, async () => {
      // A screen's height (a shift's score is relative to it); each graphic scrolled into view
      // in turn, so the lazy loader loads it while its fallback is on screen.
      const { page } = await harness.open('/demo/index.html', { width, height: 800 });
      for (const tag of TAGS) {
        await page.evaluate((t) => document.querySelector(t).scrollIntoView({ block: 'center' }), tag);
        await waitForGraphics(page, [tag]);
        await new Promise((r) => setTimeout(r, 500));
        await settle(page);
      }
      const shifts = await layoutShifts(page);
      const upgraded = await page.evaluate((tags) => tags.every((t) => customElements.get(t)), TAGS);
      await page.close();
      assert.ok(upgraded, 'every tag upgraded');
      assert.ok(
        shifts.total < 0.001,
        `layout shift ${shifts.total.toFixed(4)} (moved: ${shifts.sources.join('; ')})`,
      );
    });

  it('hides the fallback once the elements upgrade (scripts on)', async () => {
    // The demo page uses the lazy loader: a viewport tall enough to hold every graphic loads them all.
    const { page } = await harness.open('/demo/index.html', { width: 1280, height: 12000 });
    await waitForGraphics(page);
    const shown = await fallbackVisibility(page);
    const inShadow = await page.evaluate(
      (tags) => tags.map((t) => !!document.querySelector(t).shadowRoot.querySelector('slot')),
      TAGS,
    );
    await page.close();
    for (const tag of TAGS)
      assert.deepEqual(shown[tag], { svg: false, table: false }, `<${tag}> fallback hidden`);
    assert.deepEqual(inShadow, [false, false, false], 'no <slot> renders the light DOM');
  });
});
