// The drop-in bundle under the strict CSP: a plain page with one `<script type="module"
// src=".../nutgraf.js">` and the three tags draws every graphic from nutgraf.js alone. The code
// for non-default cases comes as chunks from `dist/chunks/`, beside the script (so
// `script-src 'self'` allows them), and only when needed: the data table's code when a reader
// opens a table, the validator when a page passes data of its own, the big-graph path when a
// network has more than 250 actors.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { writePages } from './article-page.mjs';
import { TAGS, startHarness, waitForGraphics } from './page-harness.mjs';
import { synthetic } from './synthetic.mjs';

const BUNDLE = '/packages/nutgraf/dist/nutgraf.js';
const CHUNKS = '/packages/nutgraf/dist/chunks/';

/** Registers a `securitypolicyviolation` counter before any script of the page runs. */
const countViolations = (page) =>
  page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

/** The paths of the JavaScript files the page requested, in order. */
const scripts = (log) => log.requests.map((u) => new URL(u)).filter((u) => u.pathname.endsWith('.js'));

/** What each graphic shows: `drawn` (its chart), `error` or `blank`. */
const shown = (page) =>
  page.evaluate(
    (tags) =>
      tags.map((t) => {
        const r = document.querySelector(t)?.shadowRoot;
        return r?.querySelector('[role="alert"]') ? 'error' : r?.querySelector('svg') ? 'drawn' : 'blank';
      }),
    TAGS,
  );

const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>nutgraf.js with data of the page's own</title>
    <script type="module" src="${BUNDLE}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;

describe('nutgraf.js loads its on-demand code on demand (strict CSP)', () => {
  let harness;
  let dir;
  before(async () => {
    dir = writePages({
      'own-data.html': page('<share-donut src="/packages/nutgraf/dist/default-dataset.json"></share-donut>'),
      'big.html': page('<actor-network src="/mount/drop-in/big.json"></actor-network>'),
    });
    writeFileSync(join(dir, 'big.json'), JSON.stringify(await synthetic(dir, 300, 700)));
    harness = await startHarness({ csp: true, mounts: { 'drop-in': dir } });
  });
  after(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has V8 compile nutgraf.js whole as it loads (its functions run as the page loads), not its chunks', () => {
    const dist = new URL('../../packages/nutgraf/dist/', import.meta.url);
    const hint = '//# allFunctionsCalledOnLoad\n';
    assert.ok(
      readFileSync(new URL('nutgraf.js', dist), 'utf8').startsWith(hint),
      'nutgraf.js opens with the hint',
    );
    for (const chunk of readdirSync(new URL('chunks/', dist)).filter((f) => f.endsWith('.js')))
      assert.ok(!readFileSync(new URL(`chunks/${chunk}`, dist), 'utf8').startsWith(hint), chunk);
  });

  it('draws all three graphics from nutgraf.js alone, then fetches the table code when a reader opens a table', async () => {
    const { page: p, log } = await harness.open('/test/pages/fixtures/plain.html', {
      beforeLoad: countViolations,
    });
    await waitForGraphics(p);
    assert.deepEqual(await shown(p), ['drawn', 'drawn', 'drawn'], 'every graphic drew its chart');
    assert.deepEqual(
      scripts(log).map((u) => u.pathname),
      [BUNDLE],
      'nutgraf.js is the only script: no validator, table or big-graph chunk',
    );

    // A reader opens the donut's data table: its code arrives from beside the script.
    const summary = await p.evaluateHandle(() =>
      document.querySelector('share-donut').shadowRoot.querySelector('details.data-table > summary'),
    );
    await summary.click();
    await p.waitForFunction(
      () => document.querySelector('share-donut').shadowRoot.querySelector('details.data-table[open] table'),
      { timeout: 15000 },
    );
    const later = scripts(log).slice(1);
    assert.ok(
      later.some((u) => /^table-view-[^/]*\.js$/.test(u.pathname.slice(CHUNKS.length))),
      `the table view was fetched: ${later.map((u) => u.pathname).join(', ')}`,
    );
    assert.ok(
      later.some((u) => /^table-[^/]*\.js$/.test(u.pathname.slice(CHUNKS.length))),
      "the donut's table code was fetched",
    );
    assert.ok(
      later.every((u) => u.origin === harness.base && u.pathname.startsWith(CHUNKS)),
      `every chunk comes from beside the script: ${later.map((u) => u.href).join(', ')}`,
    );
    assert.ok(
      !later.some((u) => /\/(validate|big-graph)-/.test(u.pathname)),
      'no validator or big-graph chunk',
    );
    assert.equal(
      scripts(log).filter((u) => u.pathname === BUNDLE).length,
      1,
      'the chunks share the page’s nutgraf.js',
    );
    assert.deepEqual(await p.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('fetches the validator for data of the page’s own, and the big-graph code for a big network', async () => {
    const own = await harness.open('/mount/drop-in/own-data.html', { beforeLoad: countViolations });
    await waitForGraphics(own.page, ['share-donut']);
    assert.deepEqual(await shown(own.page), ['blank', 'drawn', 'blank']);
    const ownScripts = scripts(own.log).map((u) => u.pathname);
    assert.ok(
      ownScripts.some((p) => /^validate-[^/]*\.js$/.test(p.slice(CHUNKS.length))),
      `the validator was fetched: ${ownScripts.join(', ')}`,
    );
    assert.ok(!ownScripts.some((p) => /\/(table|table-view|big-graph)-/.test(p)), 'nothing else');
    assert.deepEqual(await own.page.evaluate(() => window.__violations), []);
    assert.deepEqual(own.log.pageErrors, []);
    assert.deepEqual(own.log.errors, []);
    await own.page.close();

    const big = await harness.open('/mount/drop-in/big.html', { beforeLoad: countViolations });
    await big.page.waitForFunction(
      () => document.querySelector('actor-network')?.shadowRoot?.querySelector('svg.chart.big'),
      { timeout: 30000 },
    );
    const bigScripts = scripts(big.log).map((u) => u.pathname);
    assert.ok(
      bigScripts.some((p) => /^big-graph-[^/]*\.js$/.test(p.slice(CHUNKS.length))),
      `the big-graph code was fetched: ${bigScripts.join(', ')}`,
    );
    assert.deepEqual(await big.page.evaluate(() => window.__violations), []);
    assert.deepEqual(big.log.pageErrors, []);
    assert.deepEqual(big.log.errors, []);
    await big.page.close();
  });
});
