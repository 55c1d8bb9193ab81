// Shared set-up for page-level tests: a static server over the repository (with or
// without the strict CSP) and one headless Chromium.
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { createDemoServer } from '../../scripts/serve-demo.mjs';

const root = new URL('../../', import.meta.url).pathname;

/** Starts a server and a browser; returns helpers and a `close()`. */
export async function startHarness({ csp = false } = {}) {
  const server = createDemoServer(root, { csp });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });

  /** Opens a page and records console errors, page errors and failed requests. */
  async function open(path, { width = 1280, height = 900, beforeLoad } = {}) {
    const page = await browser.newPage();
    const log = { errors: [], pageErrors: [], requests: [] };
    page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
    page.on('pageerror', (e) => log.pageErrors.push(e.message));
    page.on('request', (r) => log.requests.push(r.url()));
    await page.setViewport({ width, height });
    if (beforeLoad) await beforeLoad(page);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
    return { page, log };
  }

  return {
    base,
    browser,
    open,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Resolves when every nutgraf element on the page has drawn its chart (or an error). */
export function waitForGraphics(page, tags = ['alliance-map', 'oil-share-donut', 'actor-network']) {
  return page.waitForFunction(
    (names) =>
      names.every((tag) =>
        [...document.querySelectorAll(tag)].every(
          (el) => el.shadowRoot && el.shadowRoot.querySelector('svg, [role="alert"]'),
        ),
      ),
    { timeout: 20000 },
    tags,
  );
}
