#!/usr/bin/env node
// How long each step of a big graph's model takes (`bigModelSteps`, big-model.ts), in Node:
// `node bench/network-model-steps.mjs [--nodes=20000] [--runs=6] [--src=dir]`
// The model is built in steps so the page's main thread can stop between any two (core's
// `inSteps` runs them in slices of 12 ms); a single step that runs long is a long task on a
// phone whatever the slices. This builds the synthetic graph the element benches use (3 edges
// per node), scatters its nodes at random at about the density a settled layout leaves, then
// builds the model `--runs` times, timing every step, and prints per run the count of steps,
// the longest five (with their numbers: a long step at the same number in every run is the
// code's, at a different one in each run the garbage collector's) and the steps over 10 ms.
// `--src` times the sources of another checkout (an earlier commit's copy), side by side.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nutgrafSourcesIn } from './lib/page.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const nodes = Number(opt('nodes', 20000));
const runs = Number(opt('runs', 6));
// This checkout's sources, wherever the command runs from (or `--src`'s).
const src = resolve(opt('src', fileURLToPath(new URL('..', import.meta.url))), 'packages');

const entry = `
import { syntheticDataset } from '${src}/actor-network/src/synthetic.ts';
import { buildGraph } from '${src}/actor-network/src/graph.ts';
import { bigModelSteps } from '${src}/actor-network/src/big-model.ts';
const n = ${nodes};
const graph = buildGraph(syntheticDataset(n, 3 * n), { memberships: 'auto', lang: 'en', compact: false });
let s = 7;
const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
// About one node per 200 px², as a settled layout leaves them.
const side = Math.sqrt(n * 200);
const positions = graph.nodes.map(() => ({ x: rand() * side * 1.2, y: rand() * side * 0.8 }));
for (let run = 1; run <= ${runs}; run++) {
  const steps = bigModelSteps(graph, positions, 1100, 800);
  const times = [];
  for (let i = 0; ; i++) {
    const t = performance.now();
    const r = steps.next();
    times.push([performance.now() - t, i]);
    if (r.done) break;
  }
  const over = times.filter(([ms]) => ms > 10).length;
  times.sort((a, b) => b[0] - a[0]);
  const top = times.slice(0, 5).map(([ms, i]) => '#' + i + ' ' + ms.toFixed(1)).join(', ');
  console.log('run ' + run + ': ' + times.length + ' steps, longest (ms) ' + top + '; over 10 ms: ' + over);
}
`;
const out = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'error',
  // @nutgraf/* from the same checkout's sources.
  plugins: [nutgrafSourcesIn(src)],
});
await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
