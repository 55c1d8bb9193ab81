// The React 19 and Vue 3 examples pass `data` as a property and receive nutgraf events.
// Needs `npm run build` (the examples import the packages' dist/ as an application would).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { startHarness } from './page-harness.mjs';

const root = new URL('../../', import.meta.url).pathname;

describe('framework examples', () => {
  let harness;
  before(async () => {
    for (const [name, entry] of [
      ['react', 'main.tsx'],
      ['vue', 'main.ts'],
    ]) {
      await build({
        entryPoints: [`${root}examples/${name}/${entry}`],
        bundle: true,
        format: 'esm',
        outfile: `${root}examples/${name}/build/main.js`,
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'error',
      });
    }
    harness = await startHarness();
  });
  after(async () => harness?.close());

  for (const name of ['react', 'vue']) {
    it(`${name}: the dataset arrives as a property and a click reaches the app as nutgraf-select`, async () => {
      const { page, log } = await harness.open(`/examples/${name}/index.html`);
      await page.waitForFunction(() => document.querySelector('#donut')?.shadowRoot?.querySelector('svg'), {
        timeout: 15000,
      });
      const state = await page.evaluate(() => {
        const el = document.querySelector('#donut');
        return {
          hasAttribute: el.hasAttribute('data'),
          isObject: typeof el.data === 'object' && el.data !== null && Array.isArray(el.data.series),
        };
      });
      assert.deepEqual(state, { hasAttribute: false, isObject: true });
      // Click the first focusable mark inside the chart.
      await page.evaluate(() => {
        const mark = document.querySelector('#donut').shadowRoot.querySelector('svg [tabindex]');
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      });
      await page.waitForFunction(
        () => /Selected: \w+/.test(document.querySelector('#selected').textContent),
        {
          timeout: 5000,
        },
      );
      assert.deepEqual(log.pageErrors, []);
      await page.close();
    });
  }
});
