// The force layouts side by side (`node bench/network-layout.mjs --layouts`): ours, d3-force and
// ForceAtlas2 with Barnes–Hut (graphology), on the same seeded graphs
// (bench/layout-contenders.ts), in Chromium at the CPU slowdowns asked for (`--throttle=1,4`,
// CDP `Emulation.setCPUThrottlingRate`) and, unless `--no-node`, in Node. Runs are interleaved
// (run 1 of every contender at every size, then run 2, …); each run is timed from the layout's
// start to its settled end (see layout-contenders.ts), in a task of its own on a fresh page, so
// its longest task and total blocking time are those of a page that runs it naively.
//
// In Chromium, `element` is `<actor-network>` itself on the synthetic dataset of the same size
// (`syntheticDataset(n, 3n)`), in a 1000 px wide page: from setting its data and connecting it
// to the frame after the settled drawing (every node drawn, `layoutRunning` false). A small graph
// lays out in 12 ms slices; a big one in a module worker (served beside the bundle as
// /layout-worker.js), drawing early positions meanwhile; it draws a big graph in chunks; its long
// tasks come from a PerformanceObserver ('longtask'). The bundle is one file otherwise: the
// element's `import('./big-graph.js')` resolves without a network request.
//
// Reports the median time (and every run), the ratio to d3-force from the same run, the longest
// task, the total blocking time (the sum over tasks of their time beyond 50 ms), the share of
// nodes overlapping, the last tick's move and the growth from 1,000 nodes to the largest size
// against n log n.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { launchChromium, layoutWorkerFiles, nutgrafSources, servePage } from './page.mjs';
const BROWSER_ENTRY = `
import * as lib from './bench/layout-contenders.ts';
import './bench/network-layout.entry.ts';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
window.lib = lib;
window.fa2 = { Graph, forceAtlas2 };
`;
const bundle = async (platform) =>
  (
    await build({
      ...(platform === 'node'
        ? { entryPoints: ['bench/layout-contenders.ts'] }
        : { stdin: { contents: BROWSER_ENTRY, resolveDir: process.cwd(), loader: 'ts' } }),
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      conditions: ['production'],
      plugins: [nutgrafSources],
    })
  ).outputFiles[0].text;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** ForceAtlas2 and graphology, or null when they are not installed. */
async function loadFa2() {
  try {
    const [{ default: Graph }, { default: forceAtlas2 }] = await Promise.all([
      import('graphology'),
      import('graphology-layout-forceatlas2'),
    ]);
    return { Graph, forceAtlas2 };
  } catch {
    return null;
  }
}

// In the page: one contender on a fresh page, in a task of its own, with its long tasks.
async function inPage(c, n) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const tasks = [];
  const po = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e)));
  po.observe({ type: 'longtask' });
  let r;
  let t0;
  if (c === 'element') {
    const data = window.syntheticDataset(n, 3 * n);
    // Counts the workers the element starts (a big graph lays out in one).
    let workers = 0;
    const Real = globalThis.Worker;
    globalThis.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        workers++;
      }
    };
    await sleep(200);
    const el = document.createElement('actor-network');
    t0 = performance.now();
    el.data = data;
    document.getElementById('host').append(el);
    while (!el.shadowRoot?.querySelector('svg.chart') || el.layoutRunning) await sleep(20);
    await el.updateComplete;
    await frame();
    const ms = performance.now() - t0;
    // A big graph is drawn on a canvas: its model's nodes; a small one, its node elements.
    const canvas = el.shadowRoot.querySelector('canvas.base');
    r = {
      ms,
      drawn: canvas ? el.model.nodes.length : el.shadowRoot.querySelectorAll('svg.chart .node').length,
      workers,
    };
  } else {
    const input = window.lib.graphInput(n);
    await sleep(200);
    t0 = performance.now();
    r = await new Promise((resolve) =>
      setTimeout(() =>
        resolve(
          c === 'ours'
            ? window.lib.runOurs(input)
            : c === 'd3-force'
              ? window.lib.runD3(input)
              : window.lib.runFa2(input, window.fa2),
        ),
      ),
    );
  }
  await sleep(300);
  po.disconnect();
  const during = tasks.filter((t) => t.startTime >= t0 - 1).map((t) => t.duration);
  return {
    ...r,
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during),
    tbtMs: during.reduce((a, d) => a + Math.max(0, d - 50), 0),
  };
}

/**
 * Runs the comparison; `sizes` node counts, `runs` per size up to `fewAbove` nodes and one run
 * above (a run of d3-force at 20,000 nodes takes minutes). `peersUpTo` leaves d3-force and
 * ForceAtlas2 out of Chromium above that many nodes when the CPU is slowed down.
 */
export async function compareLayouts({
  sizes,
  runs,
  fewAbove = 1000,
  browser: inBrowser = true,
  node: inNode = true,
  throttles = [1],
  peersUpTo = Infinity,
}) {
  const fa2 = await loadFa2();
  if (!fa2) console.error('graphology-layout-forceatlas2 is not installed: ForceAtlas2 left out.');
  const contenders = ['ours', 'd3-force', ...(fa2 ? ['forceatlas2'] : [])];
  const envs = {};
  const runsFor = (n) => (n > fewAbove ? 1 : runs);
  const rounds = Math.max(...sizes.map(runsFor));

  // Node: one process, interleaved.
  if (inNode) {
    envs.node = {};
    const dir = `${tmpdir()}/nutgraf-layouts`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/node.mjs`, await bundle('node'));
    const lib = await import(`${dir}/node.mjs`);
    const inputs = Object.fromEntries(sizes.map((n) => [n, lib.graphInput(n)]));
    const once = (c, n, input = inputs[n]) =>
      c === 'ours' ? lib.runOurs(input) : c === 'd3-force' ? lib.runD3(input) : lib.runFa2(input, fa2);
    // One untimed run of each at 100 nodes first, so no contender pays for the compiler warming up.
    const warm = lib.graphInput(100);
    for (const c of contenders) once(c, 100, warm);
    for (let run = 0; run < rounds; run++)
      for (const n of sizes) {
        if (run >= runsFor(n)) continue;
        for (const c of contenders) {
          const r = once(c, n);
          ((envs.node[n] ??= {})[c] ??= []).push(r);
          console.error(
            `node ${n} ${c} run ${run + 1}: ${Math.round(r.ms)} ms, ${(r.overlap * 100).toFixed(2)} % overlap`,
          );
        }
      }
  }

  // Chromium: a fresh page per run, the element measured beside the layouts alone.
  let chromium;
  if (inBrowser) {
    const js = await bundle('browser');
    const server = servePage(js, 'lib.js', await layoutWorkerFiles());
    const browser = await launchChromium();
    chromium = await browser.version();
    try {
      for (let run = 0; run < rounds; run++)
        for (const throttle of throttles)
          for (const n of sizes) {
            if (run >= runsFor(n)) continue;
            const env = throttle === 1 ? 'chromium' : `chromium ×${throttle}`;
            for (const c of [...contenders, 'element']) {
              if (throttle > 1 && n > peersUpTo && c !== 'ours' && c !== 'element') continue;
              const p = await browser.newPage();
              p.setDefaultTimeout(0);
              await p.setViewport({ width: 1100, height: 900 });
              const cdp = await p.createCDPSession();
              await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
              await p.goto(`http://localhost:${server.address().port}/`);
              await p.waitForFunction(() => window.lib && customElements.get('actor-network'));
              const r = await p.evaluate(inPage, c, n);
              await p.close();
              ((envs[env] ??= {})[n] ??= {})[c] ??= [];
              envs[env][n][c].push(r);
              console.error(
                `${env} ${n} ${c} run ${run + 1}: ${Math.round(r.ms)} ms, longest task ${Math.round(r.longestTaskMs)} ms, TBT ${Math.round(r.tbtMs)} ms${r.overlap === undefined ? ` (${r.drawn} drawn, ${r.workers} worker)` : `, ${(r.overlap * 100).toFixed(2)} % overlap`}`,
              );
            }
          }
    } finally {
      await browser.close();
      server.close();
    }
  }

  // Medians, ratios to d3-force and growth.
  const table = {};
  for (const [env, bySize] of Object.entries(envs))
    for (const [n, byC] of Object.entries(bySize))
      for (const [c, rs] of Object.entries(byC)) {
        const ms = median(rs.map((r) => r.ms));
        const d3 = byC['d3-force'] ? median(byC['d3-force'].map((r) => r.ms)) : NaN;
        const med = (k) => (rs[0][k] === undefined ? undefined : median(rs.map((r) => r[k])));
        ((table[env] ??= {})[n] ??= {})[c] = {
          ms,
          ratio: ms / d3,
          overlap: med('overlap'),
          lastMove: med('lastMove'),
          ticks: rs[0].ticks,
          longestTaskMs: med('longestTaskMs'),
          tbtMs: med('tbtMs'),
          runs: rs.map((r) => Math.round(r.ms)),
        };
      }
  const [small, big] = [Math.min(...sizes.filter((n) => n >= 1000)), Math.max(...sizes)];
  const nlogn = (big * Math.log(big)) / (small * Math.log(small));
  const lines = [];
  const f = (x, d = 0) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  for (const [env, bySize] of Object.entries(table)) {
    lines.push(
      `\n${env}: median ms (ratio to d3-force) · longest task · TBT · overlapping nodes · last tick's move / mean radius · ticks`,
    );
    for (const [n, byC] of Object.entries(bySize))
      for (const [c, r] of Object.entries(byC))
        lines.push(
          `  ${String(n).padStart(6)} ${c.padEnd(12)} ${String(Math.round(r.ms)).padStart(7)} ms (${f(r.ratio, 2)}×) · ${f(r.longestTaskMs)} ms · ${f(r.tbtMs)} ms · ${r.overlap === undefined ? '–' : `${f(r.overlap * 100, 2)} %`} · ${f(r.lastMove, 4)} · ${r.ticks ?? '–'}   runs ${r.runs.join(', ')}`,
        );
    for (const c of Object.keys(bySize[big] ?? {}))
      if (bySize[small]?.[c])
        lines.push(
          `  ${c}: ${small} → ${big} nodes took ${(bySize[big][c].ms / bySize[small][c].ms).toFixed(1)}× the time (n log n: ${nlogn.toFixed(1)}×)`,
        );
  }
  console.log(lines.join('\n'));
  return { date: new Date().toISOString(), node: process.version, chromium, sizes, runs, throttles, table };
}
