// Opens the BUILT Storybook (storybook-static/) in Chromium and proves that every story
// renders its element: a successful `storybook build` alone proves nothing on these machines.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { createDemoServer } from './serve-demo.mjs';

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
      } finally {
        await page.close();
      }
    });
  }
});
