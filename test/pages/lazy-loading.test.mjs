// The lazy loader: a graphic above the fold loads at once; graphics far below load nothing
// (no component code, no geometry, no data) until the reader scrolls near them.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { COMPONENTS } from '../../scripts/components.mjs';
import { startHarness } from './page-harness.mjs';

describe('lazy loader', () => {
  let harness;
  before(async () => {
    harness = await startHarness({ csp: true });
  });
  after(async () => {
    await harness?.close();
  });

  it('has V8 compile the component files and their core whole as they load, not the loader or code for one case', () => {
    const dir = new URL('../../packages/nutgraf/dist/lazy/', import.meta.url);
    const hinted = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(new URL(f, dir), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'))
      .map((f) => f.replace(/-[\w-]{8}\.js$/, ''))
      .sort();
    // The core chunk and one chunk per component (rollup names them after their entry's file).
    assert.equal(hinted.length, COMPONENTS.length + 1, hinted.join(', '));
    assert.ok(hinted.includes('core'), hinted.join(', '));
    for (const name of hinted) assert.match(name, /^(core|index|src)$/);
  });

  it('loads only what is near the viewport, then the rest on scroll', async () => {
    const { page, log } = await harness.open('/test/pages/fixtures/lazy.html', { width: 375, height: 700 });
    await page.waitForFunction(() => document.querySelector('share-donut').shadowRoot?.querySelector('svg'), {
      timeout: 15000,
    });
    const before = await page.evaluate(() => ({
      map: !!customElements.get('alliance-map'),
      network: !!customElements.get('actor-network'),
    }));
    assert.deepEqual(before, { map: false, network: false });
    // The donut, above the fold, has fetched the bundled dataset; the map's geometry waits.
    const json = () => log.requests.filter((u) => /\.json(\?|$)/.test(u)).map((u) => new URL(u).pathname);
    assert.deepEqual(
      json(),
      ['/packages/nutgraf/dist/default-dataset.json'],
      'only the dataset before scrolling',
    );
    const scriptsBefore = log.requests.filter((u) => u.endsWith('.js')).length;

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(
      () =>
        ['alliance-map', 'actor-network'].every((t) =>
          document.querySelector(t).shadowRoot?.querySelector('svg'),
        ),
      { timeout: 20000 },
    );
    assert.ok(
      log.requests.filter((u) => u.endsWith('.js')).length > scriptsBefore,
      'component code loaded on scroll',
    );
    // Every graphic shares one request for the dataset; the validator (for data a page passes
    // in) and the network's code for big graphs are never loaded.
    assert.equal(json().filter((u) => u.endsWith('/default-dataset.json')).length, 1, 'one dataset request');
    assert.ok(
      json().some((u) => u.endsWith('/world-110m.json')),
      'geometry loaded on scroll',
    );
    assert.ok(!log.requests.some((u) => /\/validate-[^/]*\.js$/.test(u)), 'no validator');
    assert.ok(!log.requests.some((u) => /\/big-graph-[^/]*\.js$/.test(u)), 'no big-graph code');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
