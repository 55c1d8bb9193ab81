// Strict CSP: the page is served with the policy of the issue (style attributes blocked,
// Trusted Types required). A same-origin script loaded before the bundle counts every
// `securitypolicyviolation` event while the three components render and a reader hovers,
// focuses, clicks, opens tooltips and disclosures, and toggles legend items.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exercise } from './interact.mjs';
import { TAGS, settle, startHarness, waitForGraphics } from './page-harness.mjs';

const cspMessages = (log) => log.errors.filter((e) => /Content Security Policy|Trusted Type/i.test(e));

describe('strict Content-Security-Policy', () => {
  let harness;
  before(async () => (harness = await startHarness({ csp: true })));
  after(async () => harness?.close());

  it('counts a violation when something writes a style attribute (the counter works)', async () => {
    const { page, log } = await harness.open('/test/pages/fixtures/csp-broken.html');
    const violations = await page.evaluate(() => window.__violations);
    await page.close();
    assert.ok(violations.length >= 1, 'the blocked style attribute is counted');
    assert.ok(cspMessages(log).length >= 1, 'and reported in the console');
  });

  for (const width of [375, 1280])
    it(`renders and reacts with zero violations (${width} px)`, async () => {
      const { page, log } = await harness.open('/test/pages/fixtures/csp.html', { width });
      await waitForGraphics(page);
      const afterRender = await page.evaluate(() => window.__violations.slice());
      const did = {};
      for (const tag of TAGS) did[tag] = await exercise(page, tag, tag);
      await settle(page);
      const violations = await page.evaluate(() => window.__violations);
      const drawn = await page.evaluate(
        (tags) => tags.map((t) => !!document.querySelector(t).shadowRoot.querySelector('svg')),
        TAGS,
      );
      await page.close();

      assert.deepEqual(drawn, [true, true, true], 'every component drew its chart');
      for (const tag of TAGS)
        assert.ok(
          did[tag].hovered > 0 && did[tag].keys > 0,
          `<${tag}> was exercised: ${JSON.stringify(did[tag])}`,
        );
      assert.ok(
        Object.values(did).some((d) => d.tooltips > 0),
        `a tooltip opened: ${JSON.stringify(did)}`,
      );
      assert.deepEqual(afterRender, [], 'no violation while rendering');
      assert.deepEqual(violations, [], 'no violation while interacting');
      assert.deepEqual(cspMessages(log), []);
      assert.deepEqual(log.pageErrors, []);
    });
});
