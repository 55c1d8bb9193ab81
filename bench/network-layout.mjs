#!/usr/bin/env node
// Benchmark: <actor-network> with 1,000 nodes / 3,000 edges in Chromium.
// - layout: element connected → every node drawn (layout ticks, model, first render);
// - long tasks (PerformanceObserver 'longtask', buffered) from connection to the end of the
//   first render;
// - the first hover, alone (the browser rasterises the faded layers once, off the main thread);
// - hover and drag: one synthetic pointer event per animation frame; frame time is the
//   rAF-to-rAF delta (16.7 ms at 60 Hz when the frame keeps up), and the event's own work
//   (handler + Lit update, measured synchronously) is reported beside it.
// - main-thread work per frame during hover and drag, from a trace (see frameWork).
// Median of runs. Usage: node bench/network-layout.mjs [runs] [--bundle=file.js] [--save=file.js]
// [--throttle=N] (--save writes the bundle it built, so a later run can compare against it with
// --bundle; --throttle slows the CPU N times, as a slower phone or a busy machine would).
//
// `node bench/network-layout.mjs --layouts [runs] [--sizes=100,1000,5000,20000] [--throttle=1,4]
// [--peers-up-to=N] [--no-browser] [--no-node] [--out=file.json]` compares the force layout with
// d3-force and ForceAtlas2, and `<actor-network>` itself, in Chromium at each CPU slowdown and in
// Node (bench/lib/layouts.mjs); writes bench/results/network-layouts.json (or --out: a bare name
// under bench/results/, a path as it is).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { layoutWorkerFiles, nutgrafSources, servePage } from './lib/page.mjs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
if (args.includes('--layouts')) {
  const { compareLayouts } = await import('./lib/layouts.mjs');
  const throttles = (opt('throttle') ?? '1,4').split(',').map(Number);
  const result = await compareLayouts({
    sizes: (opt('sizes') ?? '100,1000,5000,20000').split(',').map(Number),
    runs: Number(args.find((a) => /^\d+$/.test(a)) ?? 3),
    browser: !args.includes('--no-browser'),
    node: !args.includes('--no-node'),
    throttles,
    peersUpTo: Number(opt('peers-up-to') ?? Infinity),
  });
  mkdirSync(new URL('./results', import.meta.url), { recursive: true });
  // A bare name goes under bench/results/; a path (with a slash) is taken as it is.
  const out = opt('out') ?? 'network-layouts.json';
  writeFileSync(
    out.includes('/') ? out : new URL(`./results/${out}`, import.meta.url),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  process.exit(0);
}
let js;
if (opt('bundle')) js = readFileSync(opt('bundle'), 'utf8');
else {
  const out = await build({
    entryPoints: ['bench/network-layout.entry.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [nutgrafSources],
  });
  js = out.outputFiles[0].text;
  if (opt('save')) writeFileSync(opt('save'), js);
}
const server = servePage(js, undefined, await layoutWorkerFiles());
const port = server.address().port;
/**
 * The renderer's main-thread work per frame in a phase (between the page's `<phase>-start`
 * and `<phase>-end` marks), from a trace: every top-level task is given to the frame whose
 * BeginMainFrame precedes it. A frame keeps up at 60 Hz when this stays under 16.7 ms, which the
 * rAF deltas (quantised to whole vsyncs) cannot show. Raster, on worker threads, is the mean
 * per frame.
 */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'cc',
];
function frameWork(events, phase) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
  const [from, to] = [mark(`${phase}-start`), mark(`${phase}-end`)];
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const inPhase = (e) => e.ph === 'X' && e.ts >= from && e.ts + e.dur <= to;
  const onMain = events.filter((e) => inPhase(e) && e.pid === main.pid && e.tid === main.tid);
  const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame').map((e) => e.ts);
  const work = frames.map(() => 0);
  for (const t of onMain.filter((e) => e.name === 'RunTask')) {
    const i = frames.findLastIndex((f) => f <= t.ts + t.dur);
    if (i >= 0) work[i] += t.dur / 1000;
  }
  const raster = events.filter((e) => inPhase(e) && e.name === 'RasterTask').reduce((a, e) => a + e.dur, 0);
  const sorted = work.sort((a, b) => a - b);
  return {
    [`${phase}MainPerFrameMedianMs`]: sorted[Math.floor(sorted.length / 2)] ?? 0,
    [`${phase}MainPerFrameP95Ms`]: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    [`${phase}RasterPerFrameMs`]: raster / 1000 / Math.max(1, frames.length),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const p = await browser.newPage();
    await p.setViewport({ width: 1100, height: 900 });
    if (opt('throttle'))
      await (
        await p.createCDPSession()
      ).send('Emulation.setCPUThrottlingRate', { rate: Number(opt('throttle')) });
    await p.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    await p.waitForFunction(() => customElements.get('actor-network'));
    // The page starts and stops a trace around hover and drag (not around the layout: tracing
    // slows the main thread).
    let traced;
    await p.exposeFunction('benchTrace', async (on) => {
      if (on) await p.tracing.start({ categories: TRACE_CATEGORIES });
      else traced = JSON.parse(Buffer.from(await p.tracing.stop()).toString('utf8')).traceEvents;
    });
    const r = await p.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
      const longTasks = [];
      const po = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
      );
      po.observe({ type: 'longtask', buffered: true });
      await sleep(200);
      const data = window.syntheticDataset(1000, 3000);
      const el = document.createElement('actor-network');
      el.data = data;
      const t0 = performance.now();
      document.getElementById('host').append(el);
      // Drawn on a canvas (a big graph): the chart's svg is there and the whole picture painted.
      while (!el.shadowRoot?.querySelector('svg.chart') || el.layoutRunning) await sleep(2);
      await el.updateComplete;
      await frame();
      const layoutMs = performance.now() - t0;
      await sleep(150);
      const during = longTasks.filter((t) => t.start >= t0 - 1);
      // Where each node is drawn on the page; pointer events go to the chart at those places.
      const chart = el.shadowRoot.querySelector('svg.chart');
      const ctm = chart.querySelector(':scope > g').getScreenCTM();
      const nodes = el.model.nodes.map((n) => new DOMPoint(n.x, n.y).matrixTransform(ctm));
      const measure = async (count, fire) => {
        const deltas = [];
        const work = [];
        let last = await frame();
        for (let i = 0; i < count; i++) {
          const s = performance.now();
          fire(i);
          await el.updateComplete;
          work.push(performance.now() - s);
          const now = await frame();
          deltas.push(now - last);
          last = now;
        }
        return { deltas, work };
      };
      await window.benchTrace(true);
      // The first hover of all is reported by itself: the browser rasterises the faded layers
      // once, off the main thread, and that one frame is late. Then the graph rests again.
      const at = (type, p, extra) =>
        chart.dispatchEvent(
          new PointerEvent(type, {
            bubbles: true,
            composed: true,
            pointerId: 9,
            button: 0,
            pointerType: 'mouse',
            clientX: p.x,
            clientY: p.y,
            ...extra,
          }),
        );
      const firstHover = await measure(1, () => at('pointermove', nodes[5]));
      at('pointerout', nodes[5], { relatedTarget: document.body });
      await el.updateComplete;
      await sleep(300);
      // Hover: pointerover on a different node each frame.
      performance.mark('hover-start');
      const hover = await measure(40, (i) => at('pointermove', nodes[(i * 37) % nodes.length]));
      performance.mark('hover-end');
      // Drag: press a hub, then one pointermove per frame.
      const box = nodes[0];
      const ev = (x, y) => ({ x, y });
      at('pointerdown', ev(box.x, box.y));
      await frame();
      performance.mark('drag-start');
      const drag = await measure(40, (i) => at('pointermove', ev(box.x + (i + 2) * 3, box.y + (i + 2) * 2)));
      performance.mark('drag-end');
      await window.benchTrace(false);
      const tUp = performance.now();
      at('pointerup', ev(box.x + 126, box.y + 84));
      await el.updateComplete;
      await frame();
      await sleep(150);
      const afterDrop = longTasks.filter((t) => t.start >= tUp - 1);
      po.disconnect();
      return {
        layoutMs,
        layoutLongTasks: during.length,
        layoutMaxLongTaskMs: Math.max(0, ...during.map((t) => t.duration)),
        firstHoverFrameMs: firstHover.deltas[0],
        hoverFrameMedianMs: med(hover.deltas),
        hoverFrameP95Ms: p95(hover.deltas),
        hoverWorkMedianMs: med(hover.work),
        dragFrameMedianMs: med(drag.deltas),
        dragFrameP95Ms: p95(drag.deltas),
        dragWorkMedianMs: med(drag.work),
        dropLongTasks: afterDrop.length,
      };
    });
    for (const phase of ['hover', 'drag']) Object.assign(r, frameWork(traced, phase));
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
