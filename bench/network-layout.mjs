#!/usr/bin/env node
// Benchmark: <actor-network> with 1,000 nodes / 3,000 edges in Chromium.
// Layout time (element connected → svg drawn), long tasks (PerformanceObserver 'longtask'),
// and hover / drag frame cost. Median of runs. Usage: node bench/network-layout.mjs [runs]
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';

const runs = Number(process.argv[2] ?? 5);
const out = await build({
  entryPoints: ['bench/network-layout.entry.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  alias: {},
  plugins: [
    {
      name: 'nutgraf',
      setup(b) {
        b.onResolve({ filter: /^@nutgraf\// }, (a) => {
          const m = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(a.path);
          return { path: `${process.cwd()}/packages/${m[1]}/src/${m[2] ?? 'index'}.ts` };
        });
      },
    },
  ],
});
const js = out.outputFiles[0].text;
const page = `<!doctype html><html><body><div style="width:1000px"><div id="host"></div></div><script type="module" src="/bench.js"></script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
}).listen(0);
const port = server.address().port;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const p = await browser.newPage();
    await p.setViewport({ width: 1100, height: 900 });
    await p.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    await p.waitForFunction(() => customElements.get('actor-network'));
    const r = await p.evaluate(async () => {
      const longTasks = [];
      const po = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
      po.observe({ type: 'longtask' });
      const data = window.syntheticDataset(1000, 3000);
      const el = document.createElement('actor-network');
      el.data = data;
      const t0 = performance.now();
      document.getElementById('host').append(el);
      while (!el.shadowRoot?.querySelector('svg.chart')) await new Promise((r) => setTimeout(r, 5));
      const layoutMs = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 60));
      const layoutLongTasks = [...longTasks];
      await new Promise((r) => setTimeout(r, 100));
      // Hover: pointerover on 30 nodes, time until the next frame after each.
      const nodes = [...el.shadowRoot.querySelectorAll('.node')];
      const hover = [];
      for (let i = 0; i < 30; i++) {
        const n = nodes[(i * 37) % nodes.length];
        const s = performance.now();
        n.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        hover.push(performance.now() - s);
      }
      // Drag: 30 pointermoves on a hub node (update + render per move).
      const hub = nodes[0];
      const box = hub.getBoundingClientRect();
      const opts = (x, y) => ({
        bubbles: true,
        composed: true,
        pointerId: 9,
        button: 0,
        pointerType: 'mouse',
        clientX: x,
        clientY: y,
      });
      hub.dispatchEvent(new PointerEvent('pointerdown', opts(box.x, box.y)));
      const drag = [];
      for (let i = 1; i <= 30; i++) {
        const s = performance.now();
        hub.dispatchEvent(new PointerEvent('pointermove', opts(box.x + i * 3, box.y + i * 2)));
        await el.updateComplete;
        drag.push(performance.now() - s);
      }
      hub.dispatchEvent(new PointerEvent('pointerup', opts(box.x + 90, box.y + 60)));
      await new Promise((r) => setTimeout(r, 100));
      po.disconnect();
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return {
        layoutMs,
        layoutLongTasks: layoutLongTasks.length,
        layoutMaxLongTaskMs: Math.max(0, ...layoutLongTasks),
        hoverMedianMs: med(hover),
        hoverMaxMs: Math.max(...hover),
        dragMedianMs: med(drag),
        dragMaxMs: Math.max(...drag),
      };
    });
    results.push(r);
    console.log(
      `run ${run + 1}:`,
      JSON.stringify(r, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
    );
    await p.close();
  }
} finally {
  await browser.close();
  server.close();
}
const keys = Object.keys(results[0]);
const summary = Object.fromEntries(
  keys.map((k) => [k, Math.round(median(results.map((r) => r[k])) * 10) / 10]),
);
console.log('median:', JSON.stringify(summary));
