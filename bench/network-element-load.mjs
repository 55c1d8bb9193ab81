#!/usr/bin/env node
// `<actor-network>` loading a big synthetic graph, as a page sees it: from connecting the element
// to its settled drawing (the layout done and the whole picture drawn: `layoutRunning` false),
// the longest main-thread task and the total blocking time (TBT: the sum over tasks of their time
// beyond 50 ms), from a PerformanceObserver ('longtask') from connecting to 300 ms after the end
// (`--tail=ms` after the end instead: what the page does once the graph is drawn, V8's own
// collections included);
// `connectTask` is the task that connected it (its graph and first render), when over 50 ms.
//
// node bench/network-element-load.mjs [--sizes=1000,5000] [--throttle=1] [--runs=3]
//   [--dist=packages/actor-network/dist] [--out=file.json] [--why] [--cpu [--gc] [--window=a,b]]
//   [--settled] [--js-flags=...] [--tail=300]
//
// The element is bundled (minified) from a built dist folder (`--dist`, by default the package's
// own), so a copy of an earlier dist can be measured against the current one; its layout worker
// is bundled from the same folder and served beside it. Every run is a fresh page at 1100 px;
// the load average of the machine is recorded with each run. `--why` bundles unminified and
// prints, per run, what ran in the long animation frames (the 'long-animation-frame' entries:
// their scripts by invoker and function, and their style, layout and paint time). `--cpu` also
// traces the renderer's top-level tasks (category `toplevel`) and reports them by their thread
// time (`tdur`, time on a CPU) as well as by wall time: on a loaded machine a task waiting for a
// core looks long on the wall clock without doing more work. `--window=from,to` (with `--cpu`;
// ms after connecting, `to` empty for the end) adds the main thread's CPU time in the tasks that
// start in that window, its longest task and its tasks over 16 and 50 ms: a phase of the load
// (the early positions' drawings, say) measured on its own. `--gc` (with `--cpu`) also traces
// V8's garbage collector and gives, for each task over 40 ms of CPU, the collector's share of
// it by kind (scavenges of the young generation, the old generation's mark-compact and its
// atomic pause, and that pause's epilogue): which long tasks the page's own code makes and
// which a collection does; and `cpuLongestOwn`, the longest task's CPU time less the
// collector's pauses in it. Each such task with an atomic pause names why its collection began
// (`reason`, V8's `gc_reason`: "memory reducer" for the collection V8 starts on its own once a
// page allocates little, "task" or "allocation limit" for one the page's allocations bring on)
// and `reduceMemory` when the pause also shrinks the heap (the young generation included); see
// bench/idle-collection.mjs for the same collection in a page without nutgraf.
// `--settled` collects the page's dataset before connecting the element (Chromium started with
// `--js-flags=--expose-gc`, `gc()` once the dataset is made): a control. A page's freshly made
// data (as a `JSON.parse` leaves it) is young; the first collection after it moves it, whoever
// allocates next; with `--settled` that collection falls before the measured span.
// `--js-flags=...` starts Chromium with those V8 flags (`--js-flags=--max-semi-space-size=2`, say:
// a control with a young generation that cannot grow).
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, servePage } from './lib/page.mjs';
import { gcReason, startTrace, stopTrace } from './lib/trace.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (opt('sizes') ?? '1000,5000').split(',').map(Number);
const throttle = Number(opt('throttle') ?? 1);
const runs = Number(opt('runs') ?? 3);
const why = args.includes('--why');
const cpu = args.includes('--cpu');
const gc = args.includes('--gc');
const settled = args.includes('--settled');
const tail = Number(opt('tail') ?? 300);
const jsFlags = args.find((a) => a.startsWith('--js-flags='))?.slice('--js-flags='.length);
const span = opt('window')
  ?.split(',')
  .map((v) => (v === '' ? Infinity : Number(v)));
const dist = resolve(opt('dist') ?? 'packages/actor-network/dist');
const bundle = async (contents, entry) =>
  (
    await build({
      ...(entry ? { entryPoints: [entry] } : { stdin: { contents, resolveDir: process.cwd() } }),
      bundle: true,
      minify: !why,
      keepNames: why,
      format: 'esm',
      write: false,
      nodePaths: [resolve('node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' },
      conditions: ['production'],
    })
  ).outputFiles[0].text;
const js = await bundle(
  `import '${dist}/define.js';
import { syntheticDataset } from './packages/actor-network/src/synthetic.ts';
window.syntheticDataset = syntheticDataset;`,
);
const worker = await bundle(undefined, `${dist}/layout-worker.js`);
const server = servePage(js, 'bench.js', { 'layout-worker.js': worker });
const flags = [...(settled ? ['--expose-gc'] : []), ...(jsFlags ? [jsFlags] : [])];
const browser = await launchChromium(flags.length ? [`--js-flags=${flags.join(' ')}`] : []);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
try {
  for (let run = 0; run < runs; run++)
    for (const n of sizes) {
      const load = loadavg()[0];
      const p = await browser.newPage();
      p.setDefaultTimeout(0);
      await p.setViewport({ width: 1100, height: 900 });
      const cdp = await p.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await p.goto(`http://localhost:${server.address().port}/`);
      await p.waitForFunction(() => customElements.get('actor-network'));
      if (cpu)
        await startTrace(
          cdp,
          ['toplevel', 'blink.user_timing', ...(gc ? ['v8', 'disabled-by-default-v8.gc'] : [])],
          { profile: false },
        );
      const r = await p.evaluate(
        async (n, why, settled, tail) => {
          const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
          const data = window.syntheticDataset(n, 3 * n);
          if (settled) window.gc();
          const longTasks = [];
          const po = new PerformanceObserver((l) =>
            l.getEntries().forEach((e) =>
              longTasks.push({
                start: e.startTime,
                duration: e.duration,
                name: e.name,
                where: e.attribution?.[0]?.containerType,
              }),
            ),
          );
          po.observe({ type: 'longtask' });
          const frames = [];
          const lo = new PerformanceObserver((l) => frames.push(...l.getEntries()));
          if (why) lo.observe({ type: 'long-animation-frame' });
          await sleep(300);
          performance.mark('element-start');
          const t0 = performance.now();
          const el = document.createElement('actor-network');
          el.data = data;
          document.getElementById('host').append(el);
          while (!el.shadowRoot?.querySelector('svg.chart') || el.layoutRunning) await sleep(20);
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          const ms = performance.now() - t0;
          await sleep(tail);
          performance.mark('element-end');
          po.disconnect();
          lo.disconnect();
          const causes = {};
          for (const f of frames.filter((f) => f.startTime >= t0 - 1 && f.duration > 50)) {
            const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
            const top = [...f.scripts].sort((a, b) => b.duration - a.duration)[0];
            const what =
              top && top.duration > render
                ? `${top.invokerType} ${top.invoker} ${top.sourceFunctionName}`
                : 'render (style, layout, paint)';
            const c = (causes[what] ??= { frames: 0, longest: 0, ms: 0 });
            c.frames++;
            c.longest = Math.max(c.longest, Math.round(f.duration));
            c.ms += Math.round(f.duration);
          }
          const during = longTasks.filter((t) => t.start >= t0 - 1);
          return {
            ms: Math.round(ms),
            longest: Math.round(Math.max(0, ...during.map((t) => t.duration))),
            tbt: Math.round(during.reduce((a, t) => a + Math.max(0, t.duration - 50), 0)),
            longTasks: during.length,
            // The task that connected the element (graph, first render), if it was long.
            connectTask: Math.round(during.find((t) => t.start <= t0 + 5)?.duration ?? 0),
            canvas: !!el.shadowRoot.querySelector('canvas'),
            ...(why && {
              causes,
              // Each long frame: when (from the connect), how long, its scripts' share (the
              // forced style and layout in them) and the frame's own style, layout and paint.
              frames: frames
                .filter((f) => f.startTime >= t0 - 1 && f.duration > 50)
                .map((f) => ({
                  at: Math.round(f.startTime - t0),
                  ms: Math.round(f.duration),
                  render: Math.round(f.renderStart ? f.startTime + f.duration - f.renderStart : 0),
                  scripts: f.scripts.map(
                    (x) =>
                      `${x.invokerType} ${x.invoker} ${x.sourceFunctionName}: ${Math.round(x.duration)} (forced ${Math.round(x.forcedStyleAndLayoutDuration)})`,
                  ),
                })),
              // Long tasks outside every long animation frame, by name and container.
              outside: during
                .filter(
                  (t) =>
                    !frames.some((f) => t.start >= f.startTime - 1 && t.start <= f.startTime + f.duration),
                )
                .map((t) => `${t.name}/${t.where}/${Math.round(t.duration)}`)
                .slice(0, 12),
            }),
          };
        },
        n,
        why,
        settled,
        tail,
      );
      if (cpu) {
        const { events } = await stopTrace(cdp, { profile: false });
        const mark = (name) => events.find((e) => e.name === name)?.ts;
        // The page's main thread: where its marks are.
        const main = events.find((e) => e.name === 'element-start');
        const [from, to] = [mark('element-start'), mark('element-end')];
        const tasks = events.filter(
          (e) =>
            e.ph === 'X' &&
            e.tid === main.tid &&
            e.pid === main.pid &&
            e.ts >= from &&
            e.ts <= to &&
            e.tdur !== undefined,
        );
        // Top-level tasks only (not nested in another one).
        tasks.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
        const top = [];
        for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
        const on = top.map((t) => t.tdur / 1000);
        if (span) {
          const [a, b = Infinity] = span;
          const inside = top
            .filter((t) => t.ts >= from + a * 1000 && t.ts <= from + b * 1000)
            .map((t) => t.tdur / 1000);
          r.windowCpu = Math.round(inside.reduce((x, d) => x + d, 0));
          r.windowLongest = Math.round(Math.max(0, ...inside));
          r.windowOver16 = inside.filter((d) => d > 16).length;
          r.windowOver50 = inside.filter((d) => d > 50).length;
        }
        r.cpuLongest = Math.round(Math.max(0, ...on));
        r.cpuTbt = Math.round(on.reduce((a, d) => a + Math.max(0, d - 50), 0));
        r.cpuLongTasks = on.filter((d) => d > 50).length;
        r.cpuTop = top
          .filter((t) => t.tdur > 50000)
          .map((t) => `${t.name}@${Math.round((t.ts - from) / 1000)}:${Math.round(t.tdur / 1000)}`)
          .slice(0, 8);
        if (gc) {
          // The collector's pauses on the main thread (a scavenge, `MinorGC`; the old generation's
          // atomic pause, `MajorGC`, with its marking, clearing and evacuating), summed by name
          // in each task over 40 ms of CPU.
          const collections = events.filter(
            (e) =>
              e.ph === 'X' &&
              e.tid === main.tid &&
              e.pid === main.pid &&
              /^(MinorGC|MajorGC|V8\.GC_MC_EVACUATE|V8\.GC_MC_MARK|V8\.GC_MC_CLEAR|V8\.GC_HEAP_EPILOGUE_SAFEPOINT)$/.test(
                e.name,
              ),
          );
          // Where each old-generation collection began, and which pauses shrink the heap.
          const starts = events.filter(
            (e) => e.name === 'V8.GCIncrementalMarkingStart' && e.pid === main.pid && e.tid === main.tid,
          );
          const shrinking = events.filter(
            (e) => e.name === 'V8.GCFinalizeMCReduceMemory' && e.pid === main.pid && e.tid === main.tid,
          );
          // Each task's CPU time less the collector's pauses in it: the longest is the page's
          // own code (the components' and the bench's) at its longest.
          const own = top.map((t) => t.tdur);
          for (const e of collections.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC')) {
            const i = top.findIndex((t) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
            if (i >= 0) own[i] -= e.tdur ?? e.dur;
          }
          r.cpuLongestOwn = Math.round(Math.max(0, ...own) / 1000);
          r.gcInLongTasks = top
            .filter((t) => t.tdur > 40000)
            .map((t) => {
              const inside = collections.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
              const by = {};
              for (const e of inside) by[e.name] = Math.round((by[e.name] ?? 0) + e.dur / 1000);
              const reason = by.MajorGC && gcReason(starts, t.ts);
              return {
                at: Math.round((t.ts - from) / 1000),
                cpu: Math.round(t.tdur / 1000),
                wall: Math.round(t.dur / 1000),
                gc: by,
                ...(reason && { reason }),
                ...(shrinking.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur) && { reduceMemory: true }),
              };
            });
        }
      }
      await p.close();
      const row = { nodes: n, throttle, run, load: Math.round(load * 100) / 100, ...r };
      results.push(row);
      console.log(JSON.stringify(row));
    }
} finally {
  await browser.close();
  server.close();
}
for (const n of sizes) {
  const rows = results.filter((r) => r.nodes === n);
  const m = (k) => median(rows.map((r) => r[k]));
  console.log(
    `${n} nodes ×${throttle} (${rows.length} runs, medians): connect → settled ${m('ms')} ms, longest task ${m('longest')} ms, TBT ${m('tbt')} ms, ${m('longTasks')} tasks over 50 ms${cpu ? `; CPU: longest task ${m('cpuLongest')} ms${gc ? ` (less the collector's pauses ${m('cpuLongestOwn')} ms)` : ''}` : ''}${span ? `; in the window: CPU ${m('windowCpu')} ms, longest task ${m('windowLongest')} ms, ${m('windowOver50')} over 50 ms` : ''}; load average ${rows.map((r) => r.load).join(', ')}`,
  );
}
if (opt('out')) writeFileSync(opt('out'), `${JSON.stringify({ dist, throttle, results }, null, 2)}\n`);
