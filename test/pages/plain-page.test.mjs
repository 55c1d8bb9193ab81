// nutgraf.js on a plain HTML page: it registers every tag and draws, with no console error.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startHarness, waitForGraphics } from './page-harness.mjs';

describe('nutgraf.js on a plain page', () => {
  let harness;
  before(async () => (harness = await startHarness()));
  after(async () => harness?.close());

  it('registers all three tags, draws them, and logs no error', async () => {
    const { page, log } = await harness.open('/test/pages/fixtures/plain.html');
    await waitForGraphics(page);
    const defined = await page.evaluate(() =>
      ['alliance-map', 'share-donut', 'actor-network'].map((t) => !!customElements.get(t)),
    );
    assert.deepEqual(defined, [true, true, true]);
    const alerts = await page.evaluate(() =>
      [...document.querySelectorAll('alliance-map, share-donut, actor-network')]
        .map((el) => el.shadowRoot.querySelector('[role="alert"]')?.textContent)
        .filter(Boolean),
    );
    assert.deepEqual(alerts, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(
      log.errors.filter((e) => !/favicon/.test(e)),
      [],
    );
    await page.close();
  });
});
