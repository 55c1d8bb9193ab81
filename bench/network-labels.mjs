#!/usr/bin/env node
// Benchmark: the network's label placement (`placeLabels`) and the drawing model around it
// (`buildModel`), in Node, old code against new side by side in one run.
//
// Cases: the default dataset at 375 and 1280 px, and seeded synthetic graphs of 120 and 250
// nodes at the same widths, laid out once (as the element does: `auto` memberships, short
// names and folded members under 480 px). Two bundles are built with esbuild: one with the
// working tree's `labels.ts`, one with another version of it (by default the committed one,
// `git show HEAD:packages/actor-network/src/labels.ts`). Calls alternate between them (ABBA
// order) so both see the same machine; the figure is the median time per call, and the ratio
// new / old of the medians (below 1 = new faster). Both versions must draw every label alike:
// a case where they differ is reported.
//
// Usage: node bench/network-labels.mjs [samples] [--old=path/to/labels.ts] [--rev=HEAD]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { nutgrafSources } from './lib/page.mjs';
import { median } from './lib/report.mjs';

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const samples = Number(args.find((a) => /^\d+$/.test(a)) ?? 21);
const root = new URL('../', import.meta.url).pathname;
const OUT = `${root}node_modules/.cache/nutgraf-bench`;
const LABELS = `${root}packages/actor-network/src/labels.ts`;
mkdirSync(OUT, { recursive: true });

let oldLabels = opt('old');
if (!oldLabels) {
  oldLabels = `${OUT}/labels-old.ts`;
  const rev = opt('rev') ?? 'HEAD';
  writeFileSync(
    oldLabels,
    execFileSync('git', ['show', `${rev}:packages/actor-network/src/labels.ts`], { cwd: root }),
  );
}

const entry = `${OUT}/network-labels.entry.ts`;
writeFileSync(
  entry,
  `export { buildGraph } from '${root}packages/actor-network/src/graph.js';
export { buildModel, fitPositions, forceInput, heightFor, metrics, LARGE_GRAPH } from '${root}packages/actor-network/src/layout.js';
export { runForceLayout } from '${root}packages/actor-network/src/simulate.js';
export { syntheticDataset } from '${root}packages/actor-network/src/synthetic.js';
export { placeLabels } from '${root}packages/actor-network/src/labels.js';
export { default as defaultDataset } from '${root}packages/core/src/default-dataset.json';
`,
);

/**
 * Resolves the network's `labels.ts` to `file`, through a module that records each call's
 * arguments while `globalThis.__labelCalls` is an array (so placeLabels can be timed alone on
 * the inputs buildModel gives it).
 */
const labelsFrom = (file) => ({
  name: 'labels',
  setup(b) {
    b.onResolve({ filter: /\/labels\.js$/ }, (a) =>
      a.namespace === 'labels' ? { path: file } : { path: 'shim', namespace: 'labels' },
    );
    b.onLoad({ filter: /.*/, namespace: 'labels' }, () => ({
      resolveDir: OUT,
      loader: 'js',
      contents: `import * as real from './labels.js';
export * from './labels.js';
export function placeLabels(requests, options) {
  globalThis.__labelCalls?.push([requests, options]);
  return real.placeLabels(requests, options);
}`,
    }));
  },
});

async function load(file, name) {
  const out = `${OUT}/network-labels.${name}.mjs`;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
    plugins: [nutgrafSources, labelsFrom(file)],
  });
  return import(`${out}?${Date.now()}`);
}
const sides = { old: await load(oldLabels, 'old'), new: await load(LABELS, 'new') };
const lib = sides.new;

const cases = [];
for (const [what, data] of [
  ['default dataset', lib.defaultDataset],
  ['synthetic 120 nodes', lib.syntheticDataset(120, 200)],
  ['synthetic 250 nodes', lib.syntheticDataset(250, 500)],
])
  for (const width of [375, 1280]) {
    const compact = width < 480;
    const graphOptions = {
      memberships: 'auto',
      compact,
      collapse: compact && data.entities.length <= lib.LARGE_GRAPH,
    };
    const graph = lib.buildGraph(data, graphOptions);
    const height = lib.heightFor(width);
    const input = lib.forceInput(graph, width, height);
    const raw = lib.runForceLayout(input);
    const positions = lib.fitPositions(
      raw,
      width,
      height,
      lib.metrics(graph.nodes.length, width),
      input.fixed,
    );
    globalThis.__labelCalls = [];
    lib.buildModel(graph, positions, width, height);
    const [requests, options] = globalThis.__labelCalls[0];
    globalThis.__labelCalls = undefined;
    cases.push({ name: `${what}, ${width} px`, graph, positions, width, height, requests, options });
  }

// Both versions place alike: every label drawn (a name or a number) in the same place. (A
// hidden label's place is not drawn.)
const drawn = (placements) => JSON.stringify(placements.filter((l) => l.visible || l.n));
const differ = [];
for (const c of cases) {
  const a = drawn(sides.old.placeLabels(c.requests, c.options));
  const b = drawn(sides.new.placeLabels(c.requests, c.options));
  if (a !== b) differ.push(c.name);
}

/** Per-call time in ms of `fn`, run in batches of `batch` calls. */
const time = (fn, batch) => {
  const t = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return (performance.now() - t) / batch;
};

const rows = [];
for (const c of cases) {
  const jobs = {
    placeLabels: (s) => () => sides[s].placeLabels(c.requests, c.options),
    buildModel: (s) => () => sides[s].buildModel(c.graph, c.positions, c.width, c.height),
  };
  for (const [fn, make] of Object.entries(jobs)) {
    const run = { old: make('old'), new: make('new') };
    // Warm up both, and size a batch to about 5 ms of the slower one.
    for (let i = 0; i < 20; i++) {
      run.old();
      run.new();
    }
    const slow = Math.max(time(run.old, 5), time(run.new, 5));
    const batch = Math.max(1, Math.round(5 / Math.max(slow, 0.001)));
    const t = { old: [], new: [] };
    for (let i = 0; i < samples; i++)
      for (const s of i % 2 ? ['new', 'old'] : ['old', 'new']) t[s].push(time(run[s], batch));
    const old = median(t.old);
    const now = median(t.new);
    rows.push([c.name, fn, old, now, now / old]);
  }
}

const ms = (x) => `${x.toFixed(3)} ms`;
const head = ['case', 'function', 'old (median)', 'new (median)', 'new / old'];
const body = rows.map(([a, b, o, n, r]) => [a, b, ms(o), ms(n), `${r.toFixed(2)}×`]);
const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i > 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' │ ');
console.log(
  `old: ${oldLabels}\nnew: ${LABELS}\n${samples} samples per side, alternating; Node ${process.version}\n`,
);
console.log([line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n'));
console.log(
  differ.length
    ? `\nPLACEMENTS DIFFER in: ${differ.join('; ')}`
    : `\nSame placements in all ${cases.length} cases.`,
);
if (differ.length) process.exitCode = 1;
