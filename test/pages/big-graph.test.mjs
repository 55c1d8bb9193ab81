// A big network on an article page with the lazy loader and the strict CSP: the code only big
// graphs need arrives as a chunk of its own when one is laid out, and when that chunk cannot
// load, the graphic says so (a visible error and a console message), with no uncaught error.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articlePage, writePages } from './article-page.mjs';
import { startHarness } from './page-harness.mjs';
import { synthetic } from './synthetic.mjs';

const CHUNK = /\/big-graph-[^/]*\.js$/;

/** What the page's network shows: `big` (a big graph drawn), the error message, or nothing yet. */
const shown = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('actor-network')?.shadowRoot;
    if (root?.querySelector('svg.chart.big')) return 'big';
    const error = root?.querySelector('.state[data-kind="error"]');
    return error ? error.textContent.trim() : null;
  });

describe('a big graph on an article page', () => {
  let harness;
  let dir;
  before(async () => {
    dir = writePages({
      'big.html': articlePage({
        title: 'a big network',
        head: '<script type="module" src="/packages/nutgraf/dist/lazy/loader.js"></script>',
        body: '<h1>A big network</h1><actor-network src="/mount/big/big.json"></actor-network>',
      }),
    });
    writeFileSync(join(dir, 'big.json'), JSON.stringify(await synthetic(dir, 300, 700)));
    harness = await startHarness({ csp: true, mounts: { big: dir } });
  });
  after(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the big-graph chunk and draws the graph the cheap way', async () => {
    const { page, log } = await harness.open('/mount/big/big.html', { width: 1280, height: 900 });
    await page.waitForFunction(
      () => document.querySelector('actor-network')?.shadowRoot?.querySelector('svg.chart.big'),
      { timeout: 30000 },
    );
    assert.equal(await shown(page), 'big');
    assert.equal(log.requests.filter((u) => CHUNK.test(u)).length, 1, 'one request for the chunk');
    assert.ok(
      log.requests.some((u) => u === `${harness.base}/packages/nutgraf/dist/chunks/layout-worker.js`),
      'the layout ran in the drop-in’s worker file, from the page’s origin',
    );
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('says so, visibly and in the console, when the chunk cannot load', async () => {
    const { page, log } = await harness.open('/mount/big/big.html', {
      width: 1280,
      height: 900,
      beforeLoad: async (p) => {
        await p.setRequestInterception(true);
        p.on('request', (r) => (CHUNK.test(r.url()) ? r.abort() : r.continue()));
      },
    });
    await page.waitForFunction(
      () => document.querySelector('actor-network')?.shadowRoot?.querySelector('.state[data-kind="error"]'),
      { timeout: 30000 },
    );
    assert.match(await shown(page), /could not load its code for big graphs/);
    assert.ok(
      log.errors.some((e) => /nutgraf <actor-network>: .*could not load its code for big graphs/.test(e)),
      'a console message names the problem',
    );
    assert.deepEqual(log.pageErrors, [], 'no uncaught error');
    await page.close();
  });
});
