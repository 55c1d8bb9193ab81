// The force layouts side by side (`node bench/network-layout.mjs --layouts`): ours, d3-force and,
// when graphology and graphology-layout-forceatlas2 are installed, ForceAtlas2 with Barnes–Hut,
// on the same seeded graphs (bench/layout-contenders.ts), in Node and in Chromium. Runs are
// interleaved (run 1 of every contender at every size, then run 2, …); each run is timed from
// the layout's start to its settled end (see layout-contenders.ts). Reports the median time, the
// ratio to d3-force from the same run, the share of nodes overlapping, the last tick's move and
// the growth of the time from 1,000 nodes to the largest size against n log n.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

const nutgraf = {
  name: 'nutgraf',
  setup(b) {
    b.onResolve({ filter: /^@nutgraf\// }, (a) => {
      const m = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(a.path);
      return { path: `${process.cwd()}/packages/${m[1]}/src/${m[2] ?? 'index'}.ts` };
    });
  },
};
const bundle = async (platform) =>
  (
    await build({
      entryPoints: ['bench/layout-contenders.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform,
      write: false,
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [nutgraf],
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

/** Runs the comparison; `sizes` node counts, `runs` per size (one above `fewAbove` nodes: a run of
 * d3-force at 20,000 nodes takes minutes on a shared machine). */
export async function compareLayouts({ sizes, runs, fewAbove = 1000, browser: inBrowser = true }) {
  const fa2 = await loadFa2();
  if (!fa2) console.error('graphology-layout-forceatlas2 is not installed: ForceAtlas2 left out.');
  const dir = `${tmpdir()}/nutgraf-layouts`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/node.mjs`, await bundle('node'));
  const lib = await import(`${dir}/node.mjs`);
  const contenders = ['ours', 'd3-force', ...(fa2 ? ['forceatlas2'] : [])];
  const envs = { node: {} };
  const runsFor = (n) => (n > fewAbove ? 1 : runs);

  // Node: one process, interleaved.
  const inputs = Object.fromEntries(sizes.map((n) => [n, lib.graphInput(n)]));
  const once = (c, n, input = inputs[n]) =>
    c === 'ours' ? lib.runOurs(input) : c === 'd3-force' ? lib.runD3(input) : lib.runFa2(input, fa2);
  // One untimed run of each at 100 nodes first, so no contender pays for the compiler warming up.
  const warm = lib.graphInput(100);
  for (const c of contenders) once(c, 100, warm);
  for (let run = 0; run < Math.max(...sizes.map(runsFor)); run++)
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

  // Chromium: a fresh page per run (ForceAtlas2 is left to Node).
  if (inBrowser) {
    envs.chromium = {};
    const js = await bundle('browser');
    const page = `<!doctype html><script type="module">import * as lib from '/lib.js'; window.lib = lib;</script>`;
    const server = createServer((req, res) => {
      if (req.url === '/lib.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
      else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    }).listen(0);
    const browser = await puppeteer.launch({
      executablePath: chromePath(),
      args: chromeArgs,
      headless: true,
    });
    try {
      for (let run = 0; run < Math.max(...sizes.map(runsFor)); run++)
        for (const n of sizes) {
          if (run >= runsFor(n)) continue;
          for (const c of ['ours', 'd3-force']) {
            const p = await browser.newPage();
            p.setDefaultTimeout(0);
            await p.goto(`http://localhost:${server.address().port}/`);
            await p.waitForFunction(() => window.lib);
            const r = await p.evaluate(
              (c, n) => {
                const input = window.lib.graphInput(n);
                return c === 'ours' ? window.lib.runOurs(input) : window.lib.runD3(input);
              },
              c,
              n,
            );
            await p.close();
            ((envs.chromium[n] ??= {})[c] ??= []).push(r);
            console.error(`chromium ${n} ${c} run ${run + 1}: ${Math.round(r.ms)} ms`);
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
        const d3 = median(byC['d3-force'].map((r) => r.ms));
        ((table[env] ??= {})[n] ??= {})[c] = {
          ms,
          ratio: ms / d3,
          overlap: median(rs.map((r) => r.overlap)),
          lastMove: median(rs.map((r) => r.lastMove)),
          ticks: rs[0].ticks,
          runs: rs.map((r) => Math.round(r.ms)),
        };
      }
  const [small, big] = [Math.min(...sizes.filter((n) => n >= 1000)), Math.max(...sizes)];
  const nlogn = (big * Math.log(big)) / (small * Math.log(small));
  const lines = [];
  for (const [env, bySize] of Object.entries(table)) {
    lines.push(
      `\n${env}: median ms (ratio to d3-force) · overlapping nodes · last tick's move / mean radius · ticks`,
    );
    for (const [n, byC] of Object.entries(bySize))
      for (const [c, r] of Object.entries(byC))
        lines.push(
          `  ${String(n).padStart(6)} ${c.padEnd(12)} ${String(Math.round(r.ms)).padStart(7)} ms (${r.ratio.toFixed(2)}×) · ${(r.overlap * 100).toFixed(2)} % · ${r.lastMove.toFixed(4)} · ${r.ticks}   runs ${r.runs.join(', ')}`,
        );
    for (const c of Object.keys(bySize[big] ?? {}))
      if (bySize[small]?.[c])
        lines.push(
          `  ${c}: ${small} → ${big} nodes took ${(bySize[big][c].ms / bySize[small][c].ms).toFixed(1)}× the time (n log n: ${nlogn.toFixed(1)}×)`,
        );
  }
  console.log(lines.join('\n'));
  return { date: new Date().toISOString(), node: process.version, sizes, runs, table };
}
