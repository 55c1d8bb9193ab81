#!/usr/bin/env node
// `npm run bench`: our three components side by side with peer libraries on the same data.
// Prints one table; writes bench/results/results.json and bench/results/chart.svg.
// Environment: BENCH_RUNS (first-render runs per contender, default 10), BENCH_HOVER_RUNS
// (default 3), BENCH_SCALE (node counts, default "100,1000,5000"), BENCH_SCALE_RUNS
// (default 3; one run at 5,000), BENCH_SCALE_CAP_MS (give up on one layout after this long, default 60000).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { buildAll, OUT } from './lib/build.mjs';
import { CONTENDERS } from './lib/contenders.mjs';
import { chartSvg, formatMarkdown, formatTable, median, percentile } from './lib/report.mjs';

const RESULTS = new URL('./results', import.meta.url).pathname;
const env = (k, d) => process.env[k] ?? d;
const RUNS = Number(env('BENCH_RUNS', 10));
const HOVER_RUNS = Number(env('BENCH_HOVER_RUNS', 3));
const SCALE = env('BENCH_SCALE', '100,1000,5000').split(',').map(Number).filter(Boolean);
const SCALE_RUNS = Number(env('BENCH_SCALE_RUNS', 3));
const SCALE_CAP_MS = Number(env('BENCH_SCALE_CAP_MS', 60000));
const INSTANCES = Number(env('BENCH_INSTANCES', 50));
const only = env('BENCH_ONLY', '');
const contenders = CONTENDERS.filter(
  (c) => !only || only.split(',').some((k) => c.id.includes(k) || c.kind === k),
);
const log = (...a) => console.error(...a);

log('Building contender bundles…');
const sizes = await buildAll(contenders);

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = `${OUT}${new URL(req.url, 'http://x').pathname}`;
  if (!existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const chromium = await browser.version();

/** Opens a fresh page on a contender and waits for its result (or gives up after `cap`). */
async function open(c, query = '', cap = 30000) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A synchronous layout can hold the page past the load event: give up after `cap`.
  const loaded = await page.goto(`${base}/${c.id}.html${query}`, { timeout: cap }).then(
    () => true,
    () => false,
  );
  if (!loaded) return { page, cdp, result: { timeout: true } };
  const result = await Promise.race([
    page.waitForFunction(() => window.__result, { timeout: 0, polling: 50 }).then((h) => h.jsonValue()),
    new Promise((r) => setTimeout(() => r({ timeout: true }), cap)),
  ]);
  if (errors.length && !result.error) result.error = errors.join('; ');
  return { page, cdp, result };
}

/** Closes a page, without waiting on one whose main thread is still busy. */
const closeSoon = (page) =>
  Promise.race([page.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Moves the mouse across the chart (real input through CDP: hit testing, pointer and mouse
 * events). Per frame during the sweep, main-thread work: the input handlers since the last
 * frame (a window capture listener → a window bubble listener, around the chart's own) plus the
 * frame itself (rAF start → a message posted from rAF, which runs after style, layout and
 * paint). Also the rAF-to-rAF intervals.
 */
async function hoverSweep(page) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__intervals = [];
    let handlers = 0;
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => {
      window.__frames.push(performance.now() - frameStart + handlers);
      handlers = 0;
    };
    // Capture on window runs before the chart's listeners, bubble on window after them.
    let t0 = 0;
    for (const type of ['pointermove', 'mousemove']) {
      window.addEventListener(type, () => (t0 = performance.now()), { capture: true });
      window.addEventListener(type, () => (handlers += performance.now() - t0));
    }
    let last = performance.now();
    const loop = (t) => {
      frameStart = performance.now();
      window.__intervals.push(t - last);
      last = t;
      channel.port2.postMessage(0);
      if (!window.__stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const box = await page.evaluate(() => {
    const r = document.querySelector('.host').getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  const steps = 60;
  for (const row of [0.35, 0.5, 0.65]) {
    for (let i = 0; i <= steps; i++)
      await page.mouse.move(box.x + (box.w * i) / steps, box.y + box.h * row + (i % 7));
  }
  await new Promise((r) => setTimeout(r, 100));
  return page.evaluate(() => {
    window.__stop = true;
    return { frames: window.__frames, intervals: window.__intervals.slice(1) };
  });
}

const perContender = Object.fromEntries(
  contenders.map((c) => [c.id, { first: [], heap: [], frames: [], intervals: [], errors: [] }]),
);

log(`First render: ${RUNS} fresh pages per contender, interleaved…`);
for (let run = 0; run < RUNS; run++) {
  for (const c of contenders) {
    const r = perContender[c.id];
    const { page, cdp, result } = await open(c);
    if (result.error || result.timeout) r.errors.push(result.error ?? 'timeout');
    else {
      r.first.push(result.ready);
      r.heap.push(await heapAfterGc(cdp));
      if (run < HOVER_RUNS) {
        const h = await hoverSweep(page);
        r.frames.push(...h.frames);
        r.intervals.push(...h.intervals);
      }
    }
    await page.close();
  }
  log(`  run ${run + 1}/${RUNS}`);
}

log(`${INSTANCES} instances on one page…`);
const instances = {};
for (const c of contenders) {
  const { page, cdp, result } = await open(c, `?count=${INSTANCES}`, 120000);
  instances[c.id] =
    result.error || result.timeout
      ? { error: result.error ?? 'timeout' }
      : { drawMs: result.drawMs, heap: await heapAfterGc(cdp) };
  await page.close();
}

log(`Network layout at ${SCALE.join(', ')} nodes (3 edges per node)…`);
const scale = {};
for (const c of contenders.filter((x) => x.kind === 'network')) {
  scale[c.id] = {};
  for (const n of SCALE) {
    const times = [];
    let note;
    const runs = n >= 5000 ? 1 : SCALE_RUNS;
    for (let run = 0; run < runs; run++) {
      const { page, result } = await open(c, `?n=${n}`, SCALE_CAP_MS);
      await closeSoon(page);
      if (result.timeout) {
        note = `> ${SCALE_CAP_MS / 1000} s`;
        break;
      }
      if (result.error) {
        note = result.error;
        break;
      }
      times.push(result.drawMs);
    }
    scale[c.id][n] = { median: times.length ? median(times) : null, runs: times, note };
    log(`  ${c.id} ${n}: ${times.map((t) => Math.round(t)).join(', ')} ${note ?? ''}`);
  }
}

await browser.close();
server.close();

// Figures and ratios (ours / peer, both from this run).
const rows = contenders.map((c) => {
  const r = perContender[c.id];
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    ours: !!c.ours,
    gzip: sizes[c.id].gzip,
    geometryGzip: sizes[c.id].geometryGzip,
    firstRenderMs: median(r.first),
    firstRenderRuns: r.first.length,
    hoverFrameMs: median(r.frames),
    hoverFrameP95Ms: percentile(r.frames, 0.95),
    hoverIntervalMs: median(r.intervals),
    hoverIntervalP95Ms: percentile(r.intervals, 0.95),
    heapBytes: median(r.heap),
    instances: instances[c.id],
    errors: r.errors,
  };
});
const FIGURES = ['gzip', 'firstRenderMs', 'hoverFrameMs', 'hoverFrameP95Ms', 'heapBytes'];
for (const row of rows) {
  const ours = rows.find((x) => x.ours && x.kind === row.kind);
  row.ratio = {};
  if (!ours || row.ours) continue;
  for (const f of FIGURES) row.ratio[f] = ours[f] != null && row[f] ? ours[f] / row[f] : null;
  if (ours.instances?.drawMs && row.instances?.drawMs) {
    row.ratio.instancesMs = ours.instances.drawMs / row.instances.drawMs;
    row.ratio.instancesHeap = ours.instances.heap / row.instances.heap;
  }
}
const scaleRatio = {};
if (scale['ours-network'] && scale['echarts-graph'])
  for (const n of SCALE) {
    const a = scale['ours-network'][n]?.median;
    const b = scale['echarts-graph'][n]?.median;
    scaleRatio[n] = a != null && b != null ? a / b : null;
  }

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: (await import('node:os')).cpus().length,
    cpu: (await import('node:os')).cpus()[0]?.model,
    memoryGiB: Math.round((await import('node:os')).totalmem() / 2 ** 30),
    chromium,
    node: process.version,
  },
  method: {
    runs: RUNS,
    hoverRuns: HOVER_RUNS,
    scaleRuns: SCALE_RUNS,
    scaleCapMs: SCALE_CAP_MS,
    instances: INSTANCES,
  },
  rows,
  scale,
  scaleRatio,
};
mkdirSync(RESULTS, { recursive: true });
writeFileSync(`${RESULTS}/results.json`, await prettier.format(JSON.stringify(results), { parser: 'json' }));
writeFileSync(`${RESULTS}/chart.svg`, chartSvg(results));
// docs/benchmarks.md keeps its prose; the figures between the markers are replaced.
const DOC = new URL('../docs/benchmarks.md', import.meta.url).pathname;
if (!only && existsSync(DOC)) {
  const doc = readFileSync(DOC, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const [head, rest] = doc.split(start);
  if (rest?.includes(end))
    writeFileSync(
      DOC,
      await prettier.format(`${head}${start}\n${formatMarkdown(results)}\n${end}${rest.split(end)[1]}`, {
        ...(await prettier.resolveConfig(DOC)),
        parser: 'markdown',
      }),
    );
}
console.log(formatTable(results));
