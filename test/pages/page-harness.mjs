// Shared set-up for page-level tests: a static server over the repository (with or
// without the strict CSP) and one headless Chromium.
//
// Besides the repository, the server answers two test-only routes:
// - `/slow/<ms>/<path>` serves `<path>` after a delay of <ms> milliseconds (slow data);
// - `/mount/<name>/<file>` serves files from a directory given in `mounts` (files made at test time).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { COMPONENTS } from '../../scripts/components.mjs';
import { STRICT_CSP, createDemoServer } from '../../scripts/serve-demo.mjs';

const root = new URL('../../', import.meta.url).pathname;

export const TAGS = COMPONENTS.map((c) => c.tag);

/**
 * Starts a server and a browser; returns helpers and a `close()`.
 * @param {{ csp?: boolean, mounts?: Record<string, string> }} options
 */
export async function startHarness({ csp = false, mounts = {} } = {}) {
  const demo = createDemoServer(root, { csp });
  const serveRepo = demo.listeners('request')[0];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const slow = /^\/slow\/(\d+)(\/.*)$/.exec(url.pathname);
    if (slow) {
      req.url = slow[2] + url.search;
      setTimeout(() => serveRepo(req, res), Number(slow[1]));
      return;
    }
    const mount = /^\/mount\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (mount && mounts[mount[1]]) {
      const file = join(mounts[mount[1]], normalize(mount[2]).replace(/^(\.\.[/\\])+/, ''));
      if (!existsSync(file)) return void res.writeHead(404).end('Not found');
      const html = file.endsWith('.html');
      const headers = {
        'Content-Type': html
          ? 'text/html; charset=utf-8'
          : file.endsWith('.json')
            ? 'application/json'
            : 'text/javascript; charset=utf-8',
      };
      if (csp && html) headers['Content-Security-Policy'] = STRICT_CSP;
      return void res.writeHead(200, headers).end(readFileSync(file));
    }
    serveRepo(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });

  /**
   * Opens a page and records console errors, page errors and requests. With `hold` (a RegExp),
   * matching requests wait until `release()` is called, so the page can be seen before they run;
   * then the navigation is not awaited (`navigation` is its promise).
   */
  async function open(
    path,
    { width = 1280, height = 900, beforeLoad, waitUntil = 'networkidle0', hold } = {},
  ) {
    const page = await browser.newPage();
    const log = { errors: [], warnings: [], pageErrors: [], requests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') log.errors.push(m.text());
      if (m.type() === 'warn') log.warnings.push(m.text());
    });
    page.on('pageerror', (e) => log.pageErrors.push(e.message));
    page.on('request', (r) => log.requests.push(r.url()));
    await page.setViewport({ width, height });
    if (beforeLoad) await beforeLoad(page);
    if (!hold) {
      await page.goto(`${base}${path}`, { waitUntil });
      return { page, log };
    }
    const held = [];
    let released = false;
    let sawHeld;
    const seen = new Promise((resolve) => (sawHeld = resolve));
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (r.isInterceptResolutionHandled()) return;
      if (!released && hold.test(r.url())) {
        held.push(r);
        sawHeld();
      } else r.continue();
    });
    const navigation = page.goto(`${base}${path}`, { waitUntil }).catch((e) => e);
    await seen;
    return {
      page,
      log,
      navigation,
      release() {
        released = true;
        for (const r of held.splice(0)) r.continue();
        return navigation;
      },
    };
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

/**
 * Resolves when every nutgraf element on the page has drawn its chart (or an error). A graphic
 * draws as it comes near the screen, so, as a reader would, this scrolls to the first one not
 * drawn yet; with `scroll: false` it waits where the page is (for graphics already near it).
 */
export function waitForGraphics(page, tags = TAGS, timeout = 20000, { scroll = true } = {}) {
  return page.waitForFunction(
    (names, scrolls) => {
      const waiting = names
        .flatMap((tag) => [...document.querySelectorAll(tag)])
        .find((el) => !el.shadowRoot?.querySelector('svg, [role="alert"]'));
      if (scrolls) waiting?.scrollIntoView();
      return !waiting;
    },
    { timeout },
    tags,
    scroll,
  );
}

/** Waits for two animation frames, so layout, ResizeObserver callbacks and re-renders settle. */
export function settle(page, frames = 2) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
        step(n);
      }),
    frames,
  );
}

/** Sum of layout-shift values not caused by input (what CLS counts), and the sources' names. */
export function layoutShifts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const entries = [];
        const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          const counted = entries.filter((e) => !e.hadRecentInput);
          resolve({
            total: counted.reduce((sum, e) => sum + e.value, 0),
            sources: counted.flatMap((e) =>
              (e.sources ?? []).map((s) => {
                const n = s.node;
                const name = n
                  ? `${n.nodeName.toLowerCase()}${n.className ? `.${n.className}` : ''}`
                  : 'text';
                const [a, b] = [s.previousRect, s.currentRect];
                return `${name} y ${Math.round(a.y)}→${Math.round(b.y)} h ${Math.round(a.height)}→${Math.round(b.height)}`;
              }),
            ),
          });
        }, 100);
      }),
  );
}
