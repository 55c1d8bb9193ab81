#!/usr/bin/env node
// The full fuzz run: FUZZ_RUNS renders per element (default 10,000) in the browser.
// Usage: FUZZ_RUNS=10000 node test/reliability/fuzz-full.mjs
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { rmSync, writeFileSync } from 'node:fs';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const config = new URL('./fuzz-runs.json', import.meta.url).pathname;
writeFileSync(config, JSON.stringify({ runs }));
try {
  const r = spawnSync('npx', ['web-test-runner', '--config', 'test/reliability/wtr-fuzz.config.mjs'], {
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(config, { force: true });
}
