#!/usr/bin/env node
// Where an article page's main thread goes while the drop-in bundle loads and draws all three
// graphics eagerly (the page Lighthouse's total blocking time is measured on):
// `node bench/page-trace.mjs [--throttle=4] [--width=412] [--runs=3] [--page=test/pages/fixtures/plain.html]`.
// Builds the drop-in bundle unminified (the build's own rollup configuration without terser, so
// functions keep their names) into packages/nutgraf/dist/debug/, serves the repository with the
// demo server, and loads a copy of the page that points at it, in a phone-sized viewport under
// CPU slowdown, with a trace (devtools.timeline) and the V8 sampling profiler (100 µs). For each
// main-thread task over 50 ms it prints what ran (the trace's top-level events; the profiler's
// functions, by self time and inclusive) and whose code it was (each sample goes to the
// innermost component class on its stack, else to Lit and core); then a summary over the runs:
// the tasks by kind and TBT (the sum over tasks of their time beyond 50 ms), medians. Tracing
// slows the page: read the shares, not the absolute times. `LONG_MS=10` lists every task over
// 10 ms instead (what Lighthouse's 4× simulation turns into blocking time, at CPU ×1).
// Run `npm run build` first (the page fetches the map geometry and the dataset beside the bundle).
import { readFileSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';
import { createDemoServer } from '../scripts/serve-demo.mjs';
import { launchChromium } from './lib/page.mjs';
import {
  largest,
  mainThread,
  profileSamples,
  startTrace,
  stopTrace,
  topLevel,
  within,
} from './lib/trace.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const throttle = Number(opt('throttle', 4));
const width = Number(opt('width', 412));
const runs = Number(opt('runs', 3));
const page = opt('page', 'test/pages/fixtures/plain.html');
// Where the unminified bundle goes (`OUT=…` to keep two builds apart for a side-by-side run).
const OUT = process.env.OUT ?? 'packages/nutgraf/dist/debug';
// The profiler's interval in µs (`SAMPLE_US=500` disturbs the page less; each sample stands for it).
const SAMPLE_US = Number(process.env.SAMPLE_US ?? 100);
const perSample = SAMPLE_US / 1000;

// The drop-in bundle's configuration: the one whose output is packages/nutgraf/dist with nutgraf.js.
const embed = configs.find((c) => c.output?.dir?.endsWith('packages/nutgraf/dist') && c.input?.nutgraf);
const bundle = await rollup({ ...embed, plugins: embed.plugins.filter((p) => p?.name !== 'terser') });
await bundle.write({ ...embed.output, dir: OUT });
await bundle.close();
const html = readFileSync(page, 'utf8').replace(
  /\/packages\/nutgraf\/dist\/nutgraf\.js/,
  `/${OUT}/nutgraf.js`,
);
writeFileSync(`${OUT}/page.html`, html);

// Each component class's lines in the unminified bundle (the profiler's lines are 0-based).
const code = readFileSync(`${OUT}/nutgraf.js`, 'utf8').split('\n');
const classes = code
  .map((line, i) => [/^class (\w+) extends NutgrafElement/.exec(line)?.[1], i])
  .filter(([name]) => name);
const ownerOf = (line) => {
  const at = classes.findLast(([, start]) => start <= line);
  // A class ends where the next top-level class or function begins.
  const end = at && code.findIndex((l, i) => i > at[1] && /^(class|function|const|let) /.test(l));
  return at && (end === -1 || line < end) ? at[0] : undefined;
};

const server = createDemoServer(process.cwd(), { csp: false });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x) => Math.round(x);
const totals = [];
try {
  for (let run = 0; run < runs; run++) {
    const p = await browser.newPage();
    await p.setViewport({ width, height: 823, deviceScaleFactor: 1.75, isMobile: true });
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // With V8's compile events and the stacks of forced style and layout (see `inside`).
    await startTrace(
      cdp,
      [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.stack',
        'disabled-by-default-v8.compile',
      ],
      { interval: SAMPLE_US },
    );
    await p.goto(`http://127.0.0.1:${server.address().port}/${OUT}/page.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 4000 * throttle));
    const { events, profile } = await stopTrace(cdp);
    await p.close();
    const { onMain, tasks } = mainThread(events);
    const { byId, parent, samples } = profileSamples(profile);
    const t0 = Math.min(...tasks.map((t) => t.ts));
    const long = tasks.filter((t) => t.dur > Number(process.env.LONG_MS ?? 50) * 1000);
    const byKind = {};
    const byOwner = {};
    console.log(
      `\nrun ${run + 1}, ${width} px, CPU ×${throttle}: ${tasks.length} tasks, ${long.length} over 50 ms`,
    );
    for (const task of long) {
      const kinds = topLevel(onMain, task);
      const script = Object.entries(kinds)
        .filter(([k]) => /^(TimerFire|FunctionCall|v8\.|EvaluateScript|RunMicrotasks|EventDispatch)/.test(k))
        .reduce((a, [, v]) => a + v, 0);
      const kind =
        kinds['v8.evaluateModule'] > script / 2
          ? 'module evaluation'
          : script > task.dur / 2000
            ? 'script'
            : 'style, layout, paint';
      const self = {};
      const owners = {};
      const total = {};
      for (const s of samples) {
        if (s.t < task.ts || s.t > task.ts + task.dur) continue;
        const node = byId.get(s.id);
        self[node.callFrame.functionName || '(anonymous)'] =
          (self[node.callFrame.functionName || '(anonymous)'] ?? 0) + perSample;
        let owner = node.callFrame.url ? 'Lit and core' : 'browser (style, layout, paint, GC)';
        for (let id = s.id; id !== undefined; id = parent.get(id)) {
          const frame = byId.get(id).callFrame;
          const found = frame.url.endsWith('/nutgraf.js') && ownerOf(frame.lineNumber);
          if (found) {
            owner = found;
            break;
          }
        }
        owners[owner] = (owners[owner] ?? 0) + perSample;
        byOwner[owner] = (byOwner[owner] ?? 0) + perSample;
        // Inclusive: each named function on the sample's stack, once.
        const names = new Set();
        for (let id = s.id; id !== undefined; id = parent.get(id))
          names.add(byId.get(id).callFrame.functionName);
        for (const name of names)
          if (name && !name.startsWith('(')) total[name] = (total[name] ?? 0) + perSample;
      }
      const k = (byKind[kind] ??= { tasks: 0, ms: 0, tbt: 0 });
      k.tasks++;
      k.ms += task.dur / 1000;
      k.tbt += Math.max(0, task.dur / 1000 - 50);
      console.log(`  +${round((task.ts - t0) / 1000)} ms: ${round(task.dur / 1000)} ms, ${kind}`);
      console.log(`    trace, top level (ms): ${largest(kinds, 5)}`);
      console.log(`    CPU by code (ms): ${largest(owners, 5)}`);
      console.log(`    self (ms): ${largest(self, 6)}`);
      console.log(`    inclusive (ms): ${largest(total, 14)}`);
      const nested = within(onMain, task);
      console.log(`    inside (ms): ${largest(inside(nested), 5)}`);
      for (const line of forced(nested)) console.log(`      ${line}`);
    }
    const tbt = Object.values(byKind).reduce((a, k) => a + k.tbt, 0);
    totals.push({ tbt, byKind, byOwner });
    console.log(
      `  TBT ${round(tbt)} ms; by kind: ${Object.entries(byKind)
        .map(([k, v]) => `${k} ${v.tasks} tasks, ${round(v.tbt)} ms of TBT`)
        .join('; ')}`,
    );
    console.log(`  CPU sampled in long tasks, by code (ms): ${largest(byOwner, 6)}`);
  }
  const kinds = [...new Set(totals.flatMap((t) => Object.keys(t.byKind)))];
  const owners = [...new Set(totals.flatMap((t) => Object.keys(t.byOwner)))];
  console.log(`\n${runs} runs, medians: TBT ${round(median(totals.map((t) => t.tbt)))} ms`);
  for (const k of kinds)
    console.log(
      `  ${k}: ${round(median(totals.map((t) => t.byKind[k]?.tbt ?? 0)))} ms of TBT, ${median(totals.map((t) => t.byKind[k]?.tasks ?? 0))} tasks`,
    );
  for (const o of owners)
    console.log(`  CPU in long tasks, ${o}: ${round(median(totals.map((t) => t.byOwner[o] ?? 0)))} ms`);
} finally {
  await browser.close();
  server.close();
}

/** Of the events nested in a task, style, layout, compiling and garbage collection, summed in ms. */
function inside(nested) {
  const sums = {};
  for (const e of nested)
    if (
      /^(UpdateLayoutTree|Layout|V8\.CompileCode|V8\.ParseFunction|MinorGC|MajorGC|CSSParserImpl::parseStyleSheet)$/.test(
        e.name,
      )
    )
      sums[e.name] = (sums[e.name] ?? 0) + e.dur / 1000;
  return sums;
}

/** Of the events nested in a task, style and layout over 1 ms that script forced, each with the top of its stack. */
function forced(nested) {
  return nested
    .filter((e) => /^(UpdateLayoutTree|Layout)$/.test(e.name) && e.dur > 1000)
    .map((e) => [e, e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace])
    .filter(([, stack]) => stack?.length)
    .map(
      ([e, stack]) =>
        `forced ${e.name} ${round(e.dur / 1000)} ms: ${stack
          .slice(0, 4)
          .map((f) => `${f.functionName || '(anonymous)'}:${f.lineNumber}`)
          .join(' < ')}`,
    );
}
