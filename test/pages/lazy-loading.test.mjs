// The lazy loader: a graphic above the fold loads at once; graphics far below load nothing
// (no component code, no geometry, no data) until the reader scrolls near them.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { COMPONENTS } from '../../scripts/components.mjs';
import { articlePage, writePages } from './article-page.mjs';
import { startHarness } from './page-harness.mjs';

// Each alias of components.json on a page of its own, above its component's own tag.
const aliased = COMPONENTS.flatMap((c) => (c.aliases ?? []).map((alias) => ({ alias, tag: c.tag })));
const pages = Object.fromEntries(
  aliased.map(({ alias, tag }) => [
    `${alias}.html`,
    articlePage({
      title: `<${alias}> and <${tag}>`,
      head: '<script type="module" src="/packages/nutgraf/dist/lazy/loader.js"></script>',
      body: `<${alias}></${alias}><${tag}></${tag}>`,
    }),
  ]),
);

describe('lazy loader', () => {
  let harness;
  let dir;
  before(async () => {
    dir = writePages(pages);
    harness = await startHarness({ csp: true, mounts: { alias: dir } });
  });
  after(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { alias, tag } of aliased)
    it(`loads <${alias}>, an alias of <${tag}>, as <${tag}>`, async () => {
      const { page, log } = await harness.open(`/mount/alias/${alias}.html`, { width: 375, height: 2000 });
      const drawn = (t) => document.querySelector(t).shadowRoot?.querySelector('svg [role]');
      await page.waitForFunction(drawn, { timeout: 15000 }, alias);
      await page.waitForFunction(drawn, { timeout: 15000 }, tag);
      const seen = await page.evaluate(
        (a, t) => {
          const [one, other] = [a, t].map((name) => document.querySelector(name));
          const text = (el) => el.shadowRoot.querySelector('[part~="title"]')?.textContent?.trim();
          return {
            subclass: Object.getPrototypeOf(customElements.get(a)) === customElements.get(t),
            instance: one instanceof customElements.get(t),
            sameHeading: !!text(one) && text(one) === text(other),
            sameMarks:
              one.shadowRoot.querySelectorAll('svg [role]').length ===
              other.shadowRoot.querySelectorAll('svg [role]').length,
          };
        },
        alias,
        tag,
      );
      assert.deepEqual(seen, { subclass: true, instance: true, sameHeading: true, sameMarks: true });
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.errors, []);
      await page.close();
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
