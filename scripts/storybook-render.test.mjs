// Opens the BUILT Storybook (storybook-static/) in Chromium and proves that every story
// renders its element: a successful `storybook build` alone proves nothing on these machines.
// Then axe (every rule that applies to a part of a page) checks each story: zero violations.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { createDemoServer } from './serve-demo.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Rules about a whole page (landmarks, title, one h1): a story is a part of a page. */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang'];

const dir = new URL('../storybook-static/', import.meta.url).pathname;
const index = existsSync(`${dir}index.json`) ? JSON.parse(readFileSync(`${dir}index.json`, 'utf8')) : null;
const stories = index ? Object.values(index.entries).filter((e) => e.type === 'story') : [];

describe('built Storybook', () => {
  let server;
  let browser;
  let base;

  before(async () => {
    assert.ok(index, 'storybook-static/index.json is missing: run `npm run build-storybook` first');
    server = createDemoServer(dir, { csp: false });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('has stories', () => assert.ok(stories.length > 0));

  for (const story of stories) {
    it(`renders ${story.title} / ${story.name}`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
        // Every custom element in the story is defined and has rendered into its shadow root
        // (or the story is a plain page that marks itself rendered).
        await page.waitForFunction(
          () => {
            const root = document.querySelector('#storybook-root');
            if (!root) return false;
            if (root.querySelector('[data-rendered]')) return true;
            const els = [...root.querySelectorAll('*')].filter((n) => n.localName.includes('-'));
            return (
              els.length > 0 &&
              els.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount > 0)
            );
          },
          { timeout: 15000 },
        );
        assert.deepEqual(errors, []);
        // Drawn, not only rendered: the charts' marks are there before axe looks.
        await page
          .waitForFunction(
            () =>
              [...document.querySelectorAll('#storybook-root *')]
                .filter((n) => n.localName.includes('-') && n.shadowRoot)
                .every((el) => !el.shadowRoot.querySelector('[aria-busy="true"]')),
            { timeout: 15000 },
          )
          .catch(() => {});
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async (off) => {
          const options = { rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])) };
          // Storybook's accessibility panel runs axe in the same page: wait for its turn.
          for (let i = 0; ; i++)
            try {
              const result = await window.axe.run(document.querySelector('#storybook-root'), options);
              return result.violations.map(
                (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
              );
            } catch (error) {
              if (i > 40 || !/already running/.test(String(error))) throw error;
              await new Promise((r) => setTimeout(r, 250));
            }
        }, PAGE_RULES);
        assert.deepEqual(violations, [], 'axe finds nothing');
      } finally {
        await page.close();
      }
    });
  }
});
