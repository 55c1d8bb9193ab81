#!/usr/bin/env node
// `npm run fallbacks`: the no-JavaScript fallback of each nutgraf tag for the bundled dataset,
// made by the CLI's one renderer (`nutgraf render --format fallback`: the live component drawn
// in headless Chromium, its drawing kept as a static SVG, its words as text, its data table as
// HTML). Writes packages/nutgraf/dist/fallbacks/<tag>.html and puts the same markup inside each
// tag of the demo page (demo/index.html), as light-DOM children: shown when scripts are off
// (AMP, RSS, print, readers without JavaScript), hidden once the element upgrades (the
// components render into a shadow root without a <slot>).
//
// Needs the built CLI and nutgraf package (node scripts/build.mjs).
// Options: --no-demo (do not touch demo/index.html), --out <dir>.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { COMPONENTS } from './components.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outDir = args.includes('--out')
  ? args[args.indexOf('--out') + 1]
  : join(root, 'packages/nutgraf/dist/fallbacks');
const writeDemo = !args.includes('--no-demo');
const cli = join(root, 'packages/cli/dist/bin/nutgraf.js');

if (!existsSync(cli) || !existsSync(join(root, 'packages/nutgraf/dist/nutgraf.js'))) {
  console.error('fallbacks: build first (node scripts/build.mjs): the CLI and the nutgraf bundle draw them');
  process.exit(1);
}
const run = spawnSync(
  process.execPath,
  [
    cli,
    'render',
    join(root, 'packages/core/src/default-dataset.json'),
    '--format',
    'fallback',
    '--out',
    outDir,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (run.status !== 0) {
  console.error(`fallbacks: nutgraf render failed (exit ${run.status})`);
  process.exit(1);
}

/** Puts `html` inside every `<tag …>…</tag>` of `page`, replacing what was there. */
function injectFallback(page, tag, html) {
  const re = new RegExp(`(<${tag}\\b[^>]*>)[\\s\\S]*?(</${tag}>)`, 'g');
  return page.replace(re, (_, open, close) => `${open}\n${html}\n${close}`);
}

const made = {};
for (const { tag } of COMPONENTS) {
  const file = join(outDir, `${tag}.html`);
  made[tag] = readFileSync(file, 'utf8').trim();
  console.log(`fallbacks: ${tag} → ${file.replace(root, '')} (${made[tag].length} B)`);
}
const demo = join(root, 'demo/index.html');
if (writeDemo && existsSync(demo)) {
  let page = readFileSync(demo, 'utf8');
  for (const [tag, html] of Object.entries(made)) page = injectFallback(page, tag, html);
  const options = (await prettier.resolveConfig(demo)) ?? {};
  writeFileSync(demo, await prettier.format(page, { ...options, filepath: demo }));
  console.log(`fallbacks: injected ${Object.keys(made).length} into demo/index.html`);
}
