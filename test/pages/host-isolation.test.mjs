// Host isolation: a hostile host stylesheet (root font size 62.5%; `* { line-height: 3;
// letter-spacing: 2px; text-transform: uppercase; box-sizing: content-box }`) changes neither
// the components' size nor their text, compared with the same page without it; a reader's text
// spacing (`!important`, WCAG 1.4.12) does reach their text. And a tooltip inside a container
// with `overflow: hidden` and `transform` is not clipped.
import assert from 'node:assert/strict';
import { hoverShape } from './interact.mjs';
import { after, before, describe, it } from 'node:test';
import { TAGS, settle, startHarness, waitForGraphics } from './page-harness.mjs';

/** Text inside each component whose style a host stylesheet must not reach. */
const LABELS = {
  'alliance-map': ['.toolbar label', '.label text'],
  'share-donut': ['.title', '.summary'],
  'actor-network': ['.summary', 'text.label'],
};

function measure(page) {
  return page.evaluate((labels) => {
    const out = {};
    for (const [tag, selectors] of Object.entries(labels)) {
      const el = document.querySelector(tag);
      out[tag] = { height: Math.round(el.getBoundingClientRect().height), text: {} };
      for (const sel of selectors) {
        const node = el.shadowRoot.querySelector(sel);
        const s = node && getComputedStyle(node);
        out[tag].text[sel] = s
          ? `${s.letterSpacing} ${s.textTransform} ${s.lineHeight} ${s.fontSize}`
          : 'missing';
      }
    }
    return out;
  }, LABELS);
}

async function settled(harness, path, width) {
  const { page, log } = await harness.open(path, { width });
  await waitForGraphics(page);
  await new Promise((r) => setTimeout(r, 600));
  await settle(page);
  return { page, log };
}

describe('host isolation', () => {
  let harness;
  before(async () => (harness = await startHarness({ csp: true })));
  after(async () => harness?.close());

  for (const width of [375, 1280])
    it(`a hostile stylesheet changes no size and no text style (${width} px)`, async () => {
      const control = await settled(harness, '/test/pages/fixtures/control.html', width);
      const expected = await measure(control.page);
      await control.page.close();
      const hostile = await settled(harness, '/test/pages/fixtures/hostile.html', width);
      const actual = await measure(hostile.page);
      const rootFont = await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      await hostile.page.close();
      assert.equal(rootFont, '10px', 'the hostile stylesheet is in force');
      for (const tag of TAGS) {
        for (const [sel, style] of Object.entries(expected[tag].text))
          assert.notEqual(style, 'missing', `<${tag}> ${sel} exists on the control page`);
        assert.deepEqual(actual[tag], expected[tag], `<${tag}> as on the control page`);
      }
    });

  it("a reader's text spacing (!important on the page) reaches the text of every component", async () => {
    const { page, log } = await settled(harness, '/test/pages/fixtures/reader-spacing.html', 375);
    const actual = await measure(page);
    await page.close();
    for (const tag of TAGS)
      for (const [sel, style] of Object.entries(actual[tag].text)) {
        const [letter, , line, size] = style.split(' ');
        // 0.12em of the component's 14px, computed on the host and inherited; line height 1.5.
        assert.equal(letter, '1.68px', `<${tag}> ${sel}: ${style}`);
        assert.equal(parseFloat(line), 1.5 * parseFloat(size), `<${tag}> ${sel}: ${style}`);
      }
    assert.deepEqual(log.errors, []);
  });

  it('a tooltip inside an overflow: hidden, transformed container is not clipped', async () => {
    const { page } = await settled(harness, '/test/pages/fixtures/control.html', 1280);
    const host = '#clipped';
    const slice = await page.$(`${host} >>> .slice`);
    assert.ok(slice, 'the clipped donut drew a slice');
    await page.evaluate(() => document.querySelector('.clip').scrollIntoView({ block: 'center' }));
    // Hover a point of a slice that shows inside the container (hit-tested).
    assert.ok(
      await hoverShape(page, host, '.slice', { within: '.clip' }),
      'a slice shows inside the container',
    );
    await page.waitForFunction(
      (h) => document.querySelector(h).shadowRoot.querySelector('[popover]:popover-open'),
      { timeout: 5000 },
      host,
    );
    const geometry = await page.evaluate((h) => {
      const root = document.querySelector(h).shadowRoot;
      const tip = root.querySelector('[popover]:popover-open');
      const t = tip.getBoundingClientRect();
      const c = document.querySelector('.clip').getBoundingClientRect();
      const outside = t.left < c.left || t.right > c.right || t.top < c.top || t.bottom > c.bottom;
      // A point of the tooltip outside the container, to hit-test.
      const px = t.right > c.right ? (Math.max(t.left, c.right) + t.right) / 2 : (t.left + t.right) / 2;
      const py =
        t.bottom > c.bottom
          ? (Math.max(t.top, c.bottom) + t.bottom) / 2
          : t.top < c.top
            ? (t.top + Math.min(t.bottom, c.top)) / 2
            : (t.top + t.bottom) / 2;
      // Hit-testing sees what is painted there (the tooltip ignores the pointer: let it count here).
      tip.style.setProperty('pointer-events', 'auto');
      const hit = root.elementFromPoint(px, py);
      return {
        outside,
        hitsTooltip: !!hit && tip.contains(hit),
        inViewport: t.left >= 0 && t.top >= 0 && t.right <= innerWidth && t.bottom <= innerHeight,
        rect: [t.left, t.top, t.width, t.height].map(Math.round),
      };
    }, host);
    await page.close();
    assert.ok(geometry.outside, `the tooltip reaches outside the container (${geometry.rect})`);
    assert.ok(geometry.hitsTooltip, 'the part outside the container is painted, not clipped');
    assert.ok(geometry.inViewport, `the tooltip is inside the viewport (${geometry.rect})`);
  });
});
