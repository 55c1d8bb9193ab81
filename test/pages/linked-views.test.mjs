// Linked views: hovering or focusing an entity in one embed highlights it in every other embed
// on the page that shows it; an embed with `no-link` ignores them. What each component marks:
// the map `.mark.on[data-entity]`, the donut `.slice.on[data-id]`, the network `.node.on[data-entity]`.
// The map and the network also mark the entity's neighbours, so the entity must be among them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hoverShape } from './interact.mjs';
import { settle, startHarness, waitForGraphics } from './page-harness.mjs';

/** Which entities each embed shows as highlighted, by id. */
function highlighted(page) {
  return page.evaluate(() => {
    const root = (sel) => document.querySelector(sel).shadowRoot;
    const names = (els) => [...els].map((el) => el.dataset.entity);
    return {
      map: [...root('alliance-map').querySelectorAll('.mark.on')].map((m) => m.dataset.entity),
      donut: [...root('share-donut').querySelectorAll('.slice.on')].map((s) => s.dataset.id),
      network: names(root('actor-network:not([no-link])').querySelectorAll('.node.on')),
      optOut: names(root('#opt-out').querySelectorAll('.node.on')),
    };
  });
}

describe('linked views', () => {
  let harness;
  let page;
  before(async () => {
    harness = await startHarness({ csp: true });
    ({ page } = await harness.open('/test/pages/fixtures/linked.html', { width: 1280, height: 4000 }));
    await waitForGraphics(page);
    await new Promise((r) => setTimeout(r, 500));
  });
  after(async () => {
    await page?.close();
    await harness?.close();
  });

  it('nothing is highlighted at first', async () => {
    assert.deepEqual(await highlighted(page), { map: [], donut: [], network: [], optOut: [] });
  });

  it('hovering China in the donut highlights China in the map and the network, not in the opt-out', async () => {
    assert.ok(await hoverShape(page, 'share-donut', '.slice[data-id="china"]'), 'the donut shows China');
    await new Promise((r) => setTimeout(r, 300));
    await settle(page);
    const seen = await highlighted(page);
    assert.ok(seen.map.includes('china'), `map: ${seen.map}`);
    assert.ok(seen.network.includes('china'), `network: ${seen.network}`);
    assert.deepEqual(seen.optOut, [], 'no-link opts out');
    await page.mouse.move(0, 0);
    await settle(page);
    assert.deepEqual(
      await highlighted(page),
      { map: [], donut: [], network: [], optOut: [] },
      'cleared on leave',
    );
  });

  it('focusing China in the donut does the same (keyboard)', async () => {
    await page.evaluate(() =>
      document.querySelector('share-donut').shadowRoot.querySelector('.slice[data-id="china"]').focus(),
    );
    await settle(page);
    const seen = await highlighted(page);
    await page.evaluate(() => document.activeElement.blur());
    assert.ok(seen.map.includes('china'), `map: ${seen.map}`);
    assert.ok(seen.network.includes('china'), `network: ${seen.network}`);
    assert.deepEqual(seen.optOut, []);
  });

  it('hovering China on the map highlights the donut slice and the network node', async () => {
    assert.ok(
      await hoverShape(page, 'alliance-map', '.mark[data-entity="china"] .country'),
      'the map shows China',
    );
    await settle(page);
    const seen = await highlighted(page);
    await page.mouse.move(0, 0);
    assert.deepEqual(seen.donut, ['china'], 'donut');
    assert.ok(seen.network.includes('china'), `network: ${seen.network}`);
    assert.deepEqual(seen.optOut, []);
  });
});
