#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile preset) on the demo news page with all three
// components, served with the strict CSP by scripts/serve-demo.mjs. Prints CLS, TBT and the
// performance score, writes the full report to bench/results/lighthouse.json, and exits
// non-zero when CLS > 0, TBT > 50 ms or the score < 0.95 (the budgets of the embedding issue).
// Not part of `npm test`: it takes a while and its timings vary from run to run.
// Run `npm run build` (and `npm run fallbacks`) first. `npm run lighthouse -- /demo/eager.html`
// measures the same article with the drop-in bundle in place of the lazy loader.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runLighthouse } from './lighthouse-run.mjs';
import { createDemoServer } from './serve-demo.mjs';

const BUDGET = { cls: 0, tbt: 50, score: 0.95 };
const path = process.argv[2] ?? '/demo/index.html';

const server = createDemoServer(process.cwd(), { csp: true });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}${path}`;
let failed;
try {
  const result = await runLighthouse(url);
  const lhr = result.lhr;
  const cls = lhr.audits['cumulative-layout-shift'].numericValue;
  const tbt = lhr.audits['total-blocking-time'].numericValue;
  const score = lhr.categories.performance.score;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/lighthouse.json', result.report);
  const row = (name, value, ok, limit) =>
    console.log(`${name.padEnd(22)}${String(value).padEnd(10)}${ok ? 'ok' : `OVER (${limit})`}`);
  console.log(`Lighthouse ${lhr.lighthouseVersion}, mobile, ${url}`);
  row('CLS', cls.toFixed(3), cls <= BUDGET.cls, `max ${BUDGET.cls}`);
  row('TBT (ms)', Math.round(tbt), tbt <= BUDGET.tbt, `max ${BUDGET.tbt}`);
  row('performance score', score, score >= BUDGET.score, `min ${BUDGET.score}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'interactive'])
    console.log(`${lhr.audits[id].title.padEnd(28)}${lhr.audits[id].displayValue}`);
  console.log('Full report: bench/results/lighthouse.json');
  failed = cls > BUDGET.cls || tbt > BUDGET.tbt || score < BUDGET.score;
} catch (error) {
  console.error(`lighthouse: ${error.stack ?? error}`);
  failed = true;
} finally {
  server.close();
}
process.exit(failed ? 1 : 0);
