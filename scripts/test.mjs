#!/usr/bin/env node
// `npm test`: every check and every test, ending with one plain line `N passed, N failed`.
// Checks (lint, types, data, build, budgets, manifest, Storybook build) count one each;
// Node and browser tests count one per test case.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0 };
const failures = [];
const only = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), 'nutgraf-test-'));

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

function check(name, cmd, args) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  if (run(cmd, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(name);
  }
}

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findTests(path, out);
    else if (entry.name.endsWith('.test.mjs')) out.push(path);
  }
  return out;
}

const npx = 'npx';
check('lint', npx, ['eslint', '.']);
check('format', npx, ['prettier', '--check', '.']);
check('typecheck', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']);
// The build comes first: the dataset build and the schema check read the model from the
// built core (`@nutgraf/core/dataset`), the one definition of the dataset.
check('build', 'node', ['scripts/build.mjs']);
check('consumer', 'node', ['scripts/consumer.mjs']);
check('typecheck-cli', npx, ['tsc', '-p', 'packages/cli/tsconfig.build.json', '--noEmit']);
check('schema', 'node', ['scripts/schema.mjs', '--check']);
if (existsSync('scripts/data/build-dataset.mjs'))
  check('data', 'node', ['scripts/data/build-dataset.mjs', '--check']);
// The framework examples type-check against the built packages, as an application would.
check('typecheck-examples', npx, ['tsc', '-p', 'examples/tsconfig.json']);
check('typecheck-types', npx, ['tsc', '-p', 'test/types/tsconfig.json', '--noEmit']);
check('size', 'node', ['scripts/size.mjs']);
check('generate', 'node', ['scripts/generate.mjs', '--check']);
check('manifest', 'node', ['scripts/manifest.mjs', '--check']);
check('readme-api', 'node', ['scripts/readme-api.mjs', '--check']);
check('storybook-build', npx, ['storybook', 'build', '-o', 'storybook-static', '--quiet']);

if (!only.length || only.includes('node')) {
  const files = [
    ...findTests('scripts'),
    ...findTests('test'),
    ...findTests('stories'),
    ...findTests('bench'),
  ];
  const tap = join(tmp, 'node.tap');
  console.log(`\n▶ node tests (${files.length} files)`);
  const ok = run('node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail || (ok ? 0 : 1);
  if (!ok) failures.push('node tests');
}

/** One web-test-runner run; its counts join the totals. */
function browser(name, args) {
  const summary = join(tmp, `${name}.json`);
  console.log(`\n▶ ${name} (web-test-runner, Chromium)`);
  const ok = run(npx, ['web-test-runner', ...args], { WTR_SUMMARY_FILE: summary });
  const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : { passed: 0, failed: 1 };
  totals.passed += counts.passed;
  totals.failed += counts.failed || (ok ? 0 : 1);
  if (!ok) failures.push(name);
}

if (!only.length || only.includes('browser')) {
  browser('browser tests', []);
  // The hostile-dataset suite, in a browser of its own.
  browser('fuzzing', ['--config', 'test/reliability/wtr-fuzz.config.mjs']);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
