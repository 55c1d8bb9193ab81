// Lifecycle and stress, in Chromium through puppeteer (heap and GC need CDP):
// - 100 connect/disconnect cycles per element leave no timer, animation frame, observer or
//   worker running, and the heap after GC grows by less than 1 MB;
// - a resize sweep from 280 px to 1600 px raises no ResizeObserver loop error;
// - 50 instances of each element on one page all render (their cost is in `npm run bench`).
// Needs `npm run build` (loads packages/nutgraf/dist/nutgraf.js, as a news page does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startHarness } from '../pages/page-harness.mjs';

const TAGS = ['alliance-map', 'share-donut', 'actor-network'];
const FIXTURE = '/test/reliability/fixtures/blank.html';
const instrument = readFileSync(new URL('./fixtures/instrument.js', import.meta.url), 'utf8');

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** Opens the fixture with the instrumentation installed before the bundle. */
async function openPage(width = 1280) {
  const { page, log } = await harness.open(FIXTURE, {
    width,
    beforeLoad: (p) => p.evaluateOnNewDocument(instrument),
  });
  await page.evaluate(() =>
    Promise.all(['alliance-map', 'share-donut', 'actor-network'].map((t) => customElements.whenDefined(t))),
  );
  return { page, log, cdp: await page.createCDPSession() };
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** In the page: connect/disconnect `cycles` times (a fresh element every other cycle). */
function cyclesInPage(tag, cycles) {
  return async () => {
    const { setTimeout } = window.__orig;
    const stage = document.getElementById('stage');
    const drawn = async (el) => {
      for (let i = 0; i < 500; i++) {
        await el.updateComplete;
        const root = el.shadowRoot;
        if (
          root?.querySelector('[role="alert"]') ||
          (root?.querySelector('svg') && !root.querySelector('[aria-busy="true"]'))
        )
          return;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`<${tag}> did not draw`);
    };
    let el;
    for (let i = 0; i < cycles; i++) {
      if (i % 2 === 0) el = document.createElement(tag);
      stage.append(el);
      await drawn(el);
      el.remove();
    }
    // Let anything that finishes by itself finish.
    await new Promise((r) => setTimeout(r, 500));
  };
}

describe('lifecycle: 100 connect/disconnect cycles', () => {
  for (const tag of TAGS) {
    it(`<${tag}> leaves nothing running and the heap grows < 1 MB`, async () => {
      const { page, cdp, log } = await openPage();
      try {
        const cycle = (n) => page.evaluate(`(${cyclesInPage.toString()})(${JSON.stringify(tag)}, ${n})()`);
        await cycle(4); // warm-up: module caches (geometry, styles) are filled once
        const liveBefore = await page.evaluate(() => window.__live());
        const heapBefore = await heapAfterGc(cdp);
        await cycle(100);
        const liveAfter = await page.evaluate(() => window.__live());
        const heapAfter = await heapAfterGc(cdp);
        assert.deepEqual(liveAfter, liveBefore, `<${tag}> left running:\n${liveAfter.join('\n')}`);
        assert.deepEqual(liveAfter, [], `live before the cycles:\n${liveBefore.join('\n')}`);
        const growth = heapAfter - heapBefore;
        assert.ok(growth < 2 ** 20, `heap grew by ${(growth / 1024).toFixed(0)} KB after GC`);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('stress', () => {
  it('a resize sweep from 280 px to 1600 px raises no ResizeObserver loop error', async () => {
    const { page, log } = await openPage(1700);
    try {
      const result = await page.evaluate(async (tags) => {
        const { setTimeout } = window.__orig;
        const errors = [];
        window.addEventListener('error', (e) => errors.push(String(e.message)));
        const stage = document.getElementById('stage');
        for (const tag of tags) stage.append(document.createElement(tag));
        await new Promise((r) => setTimeout(r, 1000));
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        for (const [from, to, step] of [
          [280, 1600, 24],
          [1600, 280, -37],
        ])
          for (let w = from; step > 0 ? w <= to : w >= to; w += step) {
            stage.style.width = `${w}px`;
            await frame();
            await frame();
          }
        await new Promise((r) => setTimeout(r, 500));
        const drawn = [...stage.children].map((el) => !!el.shadowRoot?.querySelector('svg'));
        return { errors, drawn };
      }, TAGS);
      assert.deepEqual(
        result.errors.filter((m) => m.includes('ResizeObserver')),
        [],
      );
      assert.deepEqual(result.drawn, [true, true, true], 'every element still shows its chart');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });

  for (const tag of TAGS) {
    it(`50 <${tag}> on one page all render`, async () => {
      const { page, log } = await openPage();
      try {
        const states = await page.evaluate(async (name) => {
          const { setTimeout } = window.__orig;
          const stage = document.getElementById('stage');
          // All 50 draw at once, wherever they are on the page (not as each comes near the screen).
          const els = Array.from({ length: 50 }, () => {
            const el = document.createElement(name);
            el.setAttribute('loading', 'eager');
            return stage.appendChild(el);
          });
          const done = (el) =>
            el.shadowRoot?.querySelector('svg') && !el.shadowRoot.querySelector('[aria-busy="true"]');
          for (let i = 0; i < 600 && !els.every(done); i++) await new Promise((r) => setTimeout(r, 50));
          return els.map((el) =>
            el.shadowRoot?.querySelector('[role="alert"]') ? 'error' : done(el) ? 'chart' : 'not drawn',
          );
        }, tag);
        assert.deepEqual(
          states.filter((s) => s !== 'chart'),
          [],
        );
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await page.close();
      }
    });
  }
});
