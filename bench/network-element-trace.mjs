#!/usr/bin/env node
// Where the main thread goes while `<actor-network>` lays out and draws a synthetic graph:
// `node bench/network-element-trace.mjs [nodes…] [--throttle=N] [--over=ms]` (default 5000 20000; 50 ms).
// For each size, a fresh page connects the element (unminified bundle, so functions keep their
// names) under a trace (devtools.timeline) and the V8 sampling profiler (100 µs), and waits for
// the settled drawing. Every main-thread task over 50 ms (or `--over`) is listed with what ran in it: the
// trace's top-level events (timers, script, style, layout, paint, …) and the profiler's samples
// inside the task, by function (self time) and for the element's own steps (inclusive time).
// A task's CPU time is its samples × 0.1 ms: on a loaded machine a task can last far longer
// than it ran. Tracing and profiling slow the page down: read the shares, not the absolute times.
import { build } from 'esbuild';
import { launchChromium, layoutWorkerFiles, nutgrafSources, servePage } from './lib/page.mjs';
import { largest, mainThread, profileSamples, startTrace, stopTrace, topLevel } from './lib/trace.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(5000, 20000);
const throttle = Number(opt('throttle') ?? 1);
// The tasks listed: those over this many milliseconds (`--over=25` shows the shorter ones too).
const over = Number(opt('over') ?? 50);
// Above 5,000 nodes (or with --lite) the trace holds only the page's marks: the long tasks come
// from a PerformanceObserver ('longtask') and what ran in them from the profiler alone (a full
// trace of a 20,000-node run overflows the trace buffer).
const isLite = (n) => n > 5000 || args.includes('--lite');
// The element's steps, counted inclusively (a sample counts once for each that is on its stack).
const STEPS = [
  'finish',
  'slice',
  'step',
  'fitPositions',
  'buildModel',
  'placeLabels',
  'edgeShape',
  'bends',
  'labelRequest',
  'performUpdate',
  '#renderSvg',
  'render',
  'renderBatches',
  '_$AI',
  'syntheticDataset',
  'validateDataset',
  'buildGraph',
];

const js = (
  await build({
    entryPoints: ['bench/network-layout.entry.ts'],
    bundle: true,
    minify: false,
    keepNames: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    plugins: [nutgrafSources],
  })
).outputFiles[0].text;
const server = servePage(js, undefined, await layoutWorkerFiles());
const browser = await launchChromium();
const round = (x) => Math.round(x * 10) / 10;
try {
  for (const n of sizes) {
    const lite = isLite(n);
    const p = await browser.newPage();
    p.setDefaultTimeout(0);
    await p.setViewport({ width: 1100, height: 900 });
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await p.goto(`http://localhost:${server.address().port}/`);
    await p.waitForFunction(() => customElements.get('actor-network'));
    await p.evaluate((n) => (window.data = window.syntheticDataset(n, 3 * n)), n);
    // A ring buffer: a big graph's run outlasts the trace buffer, and its end (the model and the
    // drawing) is what matters most; the window the buffer kept is printed.
    await startTrace(
      cdp,
      lite
        ? ['blink.user_timing']
        : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    );
    const { ms, longTasks, markAt } = await p.evaluate(async () => {
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const longTasks = [];
      const po = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
      );
      po.observe({ type: 'longtask' });
      await sleep(100);
      const markAt = performance.mark('element-start').startTime;
      const t0 = performance.now();
      const el = document.createElement('actor-network');
      el.data = window.data;
      document.getElementById('host').append(el);
      while (!el.shadowRoot?.querySelector('svg.chart') || el.layoutRunning) await sleep(20);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      const ms = performance.now() - t0;
      await sleep(300);
      performance.mark('element-end');
      po.disconnect();
      return { ms, longTasks: longTasks.filter((t) => t.start >= markAt), markAt };
    });
    const { events, profile } = await stopTrace(cdp);
    await p.close();

    const mark = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
    const { onMain: all, tasks: allTasks } = mainThread(events);
    const first = all.reduce((a, e) => Math.min(a, e.ts), Infinity);
    const [from, to] = [mark('element-start') ?? first, mark('element-end')];
    const onMain = all.filter((e) => e.ts >= from && e.ts <= to);
    const tasks = allTasks.filter((e) => e.ts >= from && e.ts <= to);
    // Light: the long tasks the page observed, put on the trace's clock by the start mark.
    const long = lite
      ? longTasks.map((t) => ({ ts: from + (t.start - markAt) * 1000, dur: t.duration * 1000 }))
      : tasks.filter((t) => t.dur > over * 1000);
    // Profiler samples on the trace's clock (both in microseconds of the same monotonic clock).
    const { byId, parent, samples } = profileSamples(profile);
    console.log(
      `\n${n} nodes, CPU ×${throttle}: connect → settled drawing ${Math.round(ms)} ms (traced and profiled); ` +
        (lite
          ? `${long.length} long tasks observed by the page; `
          : `${tasks.length} tasks, ${long.length} over ${over} ms, from +${round((first - from) / 1000)} ms (where the trace's ring buffer begins) to the end; `) +
        `profile starts ${round((profile.startTime - from) / 1000)} ms from the start mark (clock check)`,
    );
    const summary = {};
    for (const task of long) {
      const end = task.ts + task.dur;
      const kinds = topLevel(onMain, task);
      const self = {};
      const steps = {};
      let count = 0;
      // A sample stands for one interval on the CPU; a task with few samples for its length was
      // waiting for a core (another process had it), not working.
      const dt = 0.1;
      for (const s of samples) {
        if (s.t < task.ts || s.t > end) continue;
        count++;
        const node = byId.get(s.id);
        // An arrow function is named by the function it was called from.
        let caller;
        for (let id = parent.get(s.id); id !== undefined && !caller; id = parent.get(id))
          caller = byId.get(id).callFrame.functionName;
        const name =
          node.callFrame.functionName ||
          `(${node.callFrame.url ? 'anonymous' : 'native'}${caller ? ` in ${caller}` : ''})`;
        self[name] = (self[name] ?? 0) + 1;
        const seen = new Set();
        for (let id = s.id; id !== undefined; id = parent.get(id)) {
          const fn = byId.get(id).callFrame.functionName;
          if (STEPS.includes(fn) && !seen.has(fn)) {
            seen.add(fn);
            steps[fn] = (steps[fn] ?? 0) + 1;
          }
        }
      }
      const top10 = (o, scale = 1) => largest(o, 10, scale);
      const kind = steps.buildModel
        ? 'model'
        : steps.step
          ? 'layout slice'
          : steps.performUpdate
            ? 'render'
            : kinds.UpdateLayoutTree || kinds.Paint
              ? 'style, layout, paint'
              : 'other';
      const k = (summary[kind] ??= { tasks: 0, wall: [], cpu: 0 });
      k.tasks++;
      k.wall.push(task.dur / 1000);
      summary[kind].cpu += count * dt;
      console.log(`  task at +${round((task.ts - from) / 1000)} ms: ${round(task.dur / 1000)} ms (${kind})`);
      console.log(`    trace, top level (ms): ${top10(kinds)}`);
      console.log(`    samples: ${count} (≈ ${round(count * dt)} ms on the CPU)`);
      console.log(`    self (ms): ${top10(self, dt)}`);
      console.log(`    element steps, inclusive (ms): ${top10(steps, dt)}`);
    }
    console.log(`  tasks over ${over} ms by kind (wall time; CPU time from the samples):`);
    for (const [kind, k] of Object.entries(summary))
      console.log(
        `    ${kind}: ${k.tasks}, longest ${round(Math.max(...k.wall))} ms, ${round(k.wall.reduce((a, b) => a + b, 0))} ms in all, ${round(k.cpu)} ms sampled on the CPU`,
      );
  }
} finally {
  await browser.close();
  server.close();
}
