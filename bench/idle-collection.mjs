#!/usr/bin/env node
// A page without nutgraf: what V8's collector does to a page that holds a big dataset and then
// allocates little. The page makes the synthetic dataset that bench/network-element-load.mjs
// draws (`--nodes`, three relations per node), `--copy` also keeps a deep copy of it (as the
// validator's clean copy is kept), then waits `--seconds` with a timer every 100 ms (as the
// bench's page polls), at `--throttle`× CPU slowdown. Prints each of the old generation's
// atomic pauses on the main thread: when (ms after the page's first task), why its collection
// began (V8's `gc_reason`), its CPU and wall time and its epilogue's CPU time (where a
// memory-reducing collection shrinks the young generation). The floor against which the
// element's own pauses at the same size are read (docs/benchmarks.md).
//
// node bench/idle-collection.mjs [--nodes=20000] [--runs=2] [--seconds=34] [--throttle=4] [--copy]
//   [--js-flags=...]
import { build } from 'esbuild';
import { launchChromium, servePage } from './lib/page.mjs';
import { gcReason, startTrace, stopTrace } from './lib/trace.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const nodes = Number(opt('nodes') ?? 20000);
const runs = Number(opt('runs') ?? 2);
const seconds = Number(opt('seconds') ?? 34);
const throttle = Number(opt('throttle') ?? 4);
const copy = args.includes('--copy');
const jsFlags = opt('js-flags');

const js = (
  await build({
    stdin: {
      contents: `import { syntheticDataset } from './packages/actor-network/src/synthetic.ts';
window.syntheticDataset = syntheticDataset;`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  })
).outputFiles[0].text;
const server = servePage(js);
const browser = await launchChromium(jsFlags ? [`--js-flags=${jsFlags}`] : []);
try {
  for (let run = 0; run < runs; run++) {
    const p = await browser.newPage();
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await p.goto(`http://127.0.0.1:${server.address().port}/`);
    await p.waitForFunction(() => window.syntheticDataset);
    await startTrace(cdp, ['toplevel', 'v8', 'disabled-by-default-v8.gc'], { profile: false });
    await p.evaluate(
      async (n, copy, ticks) => {
        const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
        window.kept = window.syntheticDataset(n, 3 * n);
        if (copy) window.copy = structuredClone(window.kept);
        for (let t = 0; t < ticks; t++) await sleep(100);
      },
      nodes,
      copy,
      seconds * 10,
    );
    const { events } = await stopTrace(cdp, { profile: false });
    const first = events.find((e) => e.name === 'MajorGC' || e.name === 'MinorGC');
    const main = events.filter((e) => e.pid === first.pid && e.tid === first.tid);
    const t0 = main.find((e) => e.ph === 'X').ts;
    const within = (name, m) => main.find((e) => e.name === name && e.ts >= m.ts && e.ts <= m.ts + m.dur);
    const pauses = main
      .filter((e) => e.name === 'MajorGC')
      .map((m) => ({
        at: Math.round((m.ts - t0) / 1000),
        reason: gcReason(main, m.ts),
        cpu: Math.round((m.tdur ?? m.dur) / 1000),
        wall: Math.round(m.dur / 1000),
        epilogue: Math.round((within('V8.GC_HEAP_EPILOGUE_SAFEPOINT', m)?.tdur ?? 0) / 1000),
      }));
    console.log(JSON.stringify({ nodes, throttle, copy, run, pauses }));
    await p.close();
  }
} finally {
  await browser.close();
  server.close();
}
