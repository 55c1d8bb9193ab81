// Two copies on one page: the bundle loaded twice (the same file under two URLs, and a copy
// served from elsewhere, as another version would be), and the eager bundle beside the lazy
// loader. No exception, and every embed renders — with and without the strict CSP.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articlePage, writePages } from './article-page.mjs';
import { TAGS, startHarness, waitForGraphics } from './page-harness.mjs';

const dist = new URL('../../packages/nutgraf/dist/', import.meta.url).pathname;
const tags = TAGS.map((t) => `<${t}></${t}>`).join('\n');
const page = (scripts) =>
  articlePage({
    title: 'two copies',
    head: scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n'),
    body: `<h1>Two copies</h1>${tags}<p>Between the copies.</p>${tags}`,
  });
const PAGES = {
  'same-twice.html': page(['/packages/nutgraf/dist/nutgraf.js', '/packages/nutgraf/dist/nutgraf.js?v=2']),
  'two-versions.html': page(['/mount/copies/nutgraf.js', '/packages/nutgraf/dist/nutgraf.js']),
  'eager-and-lazy.html': page(['/packages/nutgraf/dist/lazy/loader.js', '/packages/nutgraf/dist/nutgraf.js']),
};

/** Every element of every tag drew its chart (an svg, not an error). */
const drawn = (p) =>
  p.evaluate(
    (names) =>
      names.flatMap((t) =>
        [...document.querySelectorAll(t)].map(
          (el) =>
            `${t}: ${el.shadowRoot?.querySelector('[role="alert"]') ? 'error' : el.shadowRoot?.querySelector('svg') ? 'drawn' : 'blank'}`,
        ),
      ),
    TAGS,
  );

for (const csp of [false, true])
  describe(`two copies on one page${csp ? ' (strict CSP)' : ''}`, () => {
    let harness;
    let dir;
    before(async () => {
      dir = writePages(PAGES);
      // "Another version": the same build served from another place, so it is another module instance.
      for (const f of ['nutgraf.js', 'default-dataset.json', 'world-110m.json', 'world-110m-de-facto.json'])
        copyFileSync(join(dist, f), join(dir, f));
      cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true });
      harness = await startHarness({ csp, mounts: { copies: dir } });
    });
    after(async () => {
      await harness?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const name of Object.keys(PAGES))
      it(`${name.replace('.html', '').replace(/-/g, ' ')}: no exception, every embed renders`, async () => {
        const { page: p, log } = await harness.open(`/mount/copies/${name}`, { height: 4000 });
        await waitForGraphics(p).catch(() => {});
        const result = await drawn(p);
        const scripts = log.requests.filter((u) => /nutgraf\.js|loader\.js/.test(u));
        await p.close();
        assert.ok(scripts.length >= 2, `both copies were requested: ${scripts.join(', ')}`);
        assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
        assert.deepEqual(
          result,
          TAGS.flatMap((t) => [`${t}: drawn`, `${t}: drawn`]),
          'every embed drew',
        );
        assert.deepEqual(
          log.errors.filter((e) => !/favicon/.test(e)),
          [],
          'no console error',
        );
      });
  });
