#!/usr/bin/env node
// Lighthouse side by side: an earlier commit against this tree, on one page, runs interleaved.
// `node bench/lighthouse-ab.mjs [--base=HEAD] [--runs=7] [--path=/demo/eager.html] [--out=file.json]`
// Builds `--base` (a commit; by default HEAD, so a change not yet committed is measured against
// the last commit) in a copy under the system's temporary folder, its node_modules linked to
// this tree's, and builds this tree. Each tree is served as `npm start` serves it (strict CSP),
// and Lighthouse (mobile preset: an emulated phone, simulated slow 4G and 4× CPU) runs on the
// page alternately, base then this tree, each run in a fresh headless Chromium. Prints each
// pair's TBT and CLS, then the medians per tree and the ratio of the medians.
// The machine's load moves TBT more than most changes do: compare only figures from one run of
// this script (docs/benchmarks.md, "Method").
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLighthouse } from '../scripts/lighthouse-run.mjs';
import { createDemoServer } from '../scripts/serve-demo.mjs';
import { median } from './lib/report.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const base = opt('base', 'HEAD');
const runs = Number(opt('runs', 7));
const path = opt('path', '/demo/eager.html');
const here = process.cwd();

const build = (dir) => execFileSync('node', ['scripts/build.mjs'], { cwd: dir, stdio: 'ignore' });
const copy = mkdtempSync(join(tmpdir(), 'nutgraf-base-'));
const commit = execFileSync('git', ['rev-parse', '--short', base], { encoding: 'utf8' }).trim();
console.log(`building ${commit} in ${copy}, and this tree`);
execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C ${copy}`]);
// This tree's dependencies, but the workspace's own packages (`@nutgraf/*`, relative links into
// `packages/`) from the copy: linked whole, the copy's type check would read this tree's packages.
mkdirSync(join(copy, 'node_modules'));
for (const name of readdirSync(join(here, 'node_modules')))
  if (name === '@nutgraf')
    cpSync(join(here, 'node_modules', name), join(copy, 'node_modules', name), {
      recursive: true,
      verbatimSymlinks: true,
    });
  else symlinkSync(join(here, 'node_modules', name), join(copy, 'node_modules', name));
build(copy);
build(here);

/** Serves `dir` as the demo server does, on a free port; resolves to its address and a close. */
async function serve(dir) {
  const server = createDemoServer(dir, { csp: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}${path}`, close: () => server.close() };
}

/** One Lighthouse run on `url`: TBT (ms) and CLS. */
async function measure(url) {
  const { lhr } = await runLighthouse(url);
  return {
    tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
  };
}

const sides = { base: await serve(copy), change: await serve(here) };
const results = { base: [], change: [] };
try {
  for (let run = 1; run <= runs; run++) {
    for (const side of ['base', 'change']) results[side].push(await measure(sides[side].url));
    const [b, c] = [results.base.at(-1), results.change.at(-1)];
    console.log(`run ${run}: TBT ${b.tbt} → ${c.tbt} ms, CLS ${b.cls.toFixed(3)} → ${c.cls.toFixed(3)}`);
  }
} finally {
  for (const side of Object.values(sides)) side.close();
  rmSync(copy, { recursive: true, force: true });
}
const tbt = (side) => median(results[side].map((r) => r.tbt));
const summary = {
  page: path,
  base: commit,
  runs,
  tbt: { base: results.base.map((r) => r.tbt), change: results.change.map((r) => r.tbt) },
  median: { base: tbt('base'), change: tbt('change') },
};
console.log(
  `TBT medians over ${runs} interleaved runs: ${summary.median.base} ms (${commit}) → ` +
    `${summary.median.change} ms (this tree)` +
    (summary.median.base ? `, ratio ${(summary.median.change / summary.median.base).toFixed(2)}` : ''),
);
if (opt('out')) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${opt('out')}`, `${JSON.stringify(summary, null, 2)}\n`);
}
