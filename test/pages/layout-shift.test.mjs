// No layout shift: each tag reserves its final size before any JavaScript runs (nutgraf.css),
// and keeps it when the data arrives late or fails. One page per tag and case, the graphic
// between paragraphs of text; the bundle is held back until the reserved box is measured, and the data is served slowly, so the page
// is seen in its reserved state first. Sums the page's `layout-shift` entries and compares the
// element's height before the script ran with its height once drawn.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { PARAGRAPH, articlePage, writePages } from './article-page.mjs';
import { TAGS, layoutShifts, settle, startHarness } from './page-harness.mjs';

const CASES = {
  slow: { src: '/slow/1500/data/dataset.json', ready: 'svg' },
  failing: { src: '/missing/dataset.json', ready: '[role="alert"]' },
};
const WIDTHS = [375, 1280];

const pages = {};
for (const tag of TAGS)
  for (const [name, { src }] of Object.entries(CASES))
    pages[`${tag}-${name}.html`] = articlePage({
      title: `${tag}, ${name} data`,
      head: '<script type="module" src="/packages/nutgraf/dist/nutgraf.js"></script>',
      body: `<h1>Layout shift</h1>
      <p>${PARAGRAPH}</p>
      <figure><${tag} src="${src}"></${tag}></figure>
      ${`<p>${PARAGRAPH}</p>`.repeat(6)}`,
    });

describe('no layout shift', () => {
  let harness;
  let dir;
  before(async () => {
    dir = writePages(pages);
    harness = await startHarness({ mounts: { ls: dir } });
  });
  after(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const tag of TAGS)
    for (const [name, { ready }] of Object.entries(CASES))
      for (const width of WIDTHS)
        it(`<${tag}> with ${name} data at ${width} px: reserved size kept, no shift`, async () => {
          const { page, release } = await harness.open(`/mount/ls/${tag}-${name}.html`, {
            width,
            height: 800,
            hold: /nutgraf\.js$/,
          });
          // The reserved state: styles applied, script not run yet.
          await page.waitForFunction(
            (t) =>
              document.querySelector(t) && getComputedStyle(document.querySelector(t)).display === 'block',
            { polling: 50, timeout: 10000 },
            tag,
          );
          const reserved = await page.evaluate((t) => {
            const el = document.querySelector(t);
            return { defined: !!customElements.get(t), height: el.getBoundingClientRect().height };
          }, tag);
          assert.equal(reserved.defined, false, 'measured before the script ran');
          await release();

          await page.waitForFunction(
            (t, sel) => document.querySelector(t).shadowRoot?.querySelector(sel),
            { timeout: 20000 },
            tag,
            ready,
          );
          await new Promise((r) => setTimeout(r, 700));
          await settle(page);
          const drawn = await page.evaluate(
            (t) => document.querySelector(t).getBoundingClientRect().height,
            tag,
          );
          const shifts = await layoutShifts(page);
          await page.close();

          assert.ok(reserved.height > 100, `a box is reserved (${reserved.height}px)`);
          assert.ok(
            Math.abs(drawn - reserved.height) < 1,
            `height before scripts ${reserved.height.toFixed(1)}px, once drawn ${drawn.toFixed(1)}px`,
          );
          assert.ok(
            shifts.total < 0.001,
            `layout shift ${shifts.total.toFixed(4)} (moved: ${[...new Set(shifts.sources)].join('; ')})`,
          );
        });
});
