#!/usr/bin/env node
// Size budgets: gzip bytes of each package entry (with its own dependencies, minified,
// without what `external` names), of built files such as dist/lazy/loader.js, and of what a
// page loads from a built folder (the drop-in nutgraf.js, the lazy loader's demo page).
// Fails when a ceiling (`maxGzip`) is exceeded. A `targetGzip` below the ceiling records a goal
// not yet met (reported, not failing). `--json` prints the measurements as JSON.
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPONENTS } from './components.mjs';
import { entryGzip, reach } from './entry-gzip.mjs';

// An entry with `eachComponent` stands for one budget per component of components.json, with
// `{package}` filled in and the component's own maxGzip.
const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8')).budgets.flatMap((budget) =>
  budget.eachComponent
    ? COMPONENTS.map((c) => ({
        ...budget,
        name: budget.name.replaceAll('{package}', c.package),
        entry: budget.entry.replaceAll('{package}', c.package),
        maxGzip: c.maxGzip,
      }))
    : [budget],
);

/**
 * The JavaScript files a page loads from `dir`: the `entry` file, the chunks it imports
 * dynamically (the lazy loader imports each component's chunk as its tag comes into view; with
 * `staticOnly`, none: the drop-in `nutgraf.js` holds every component and imports chunks only
 * for non-default cases), and all that those import statically. Chunks that are imported only
 * dynamically below the entry (code for non-default cases) are left out. Paths are relative to
 * `dir`; a chunk in a sub-folder may import from the folder above.
 */
export function pageFiles(dir, entry, { staticOnly = false } = {}) {
  const read = (file) => readFileSync(`${dir}/${file}`, 'utf8');
  const found = (file, pattern) =>
    [...read(file).matchAll(pattern)].map((m) => posix.join(posix.dirname(file), m[1]));
  const statics = (file) =>
    found(file, /(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g);
  const dynamics = (file) => found(file, /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g);
  return [...reach([entry, ...(staticOnly ? [] : dynamics(entry))], statics)];
}

const rows = [];
let failed = 0;
for (const budget of budgets) {
  let bytes;
  if (budget.dir) {
    // The files a page loads from a directory (see pageFiles), each gzipped on its own, as a
    // page transfers them.
    if (!existsSync(`${budget.dir}/${budget.pageEntry}`)) {
      console.error(`size: ${budget.dir} is missing (run npm run build)`);
      failed++;
      continue;
    }
    bytes = pageFiles(budget.dir, budget.pageEntry, { staticOnly: budget.staticOnly }).reduce(
      (sum, f) => sum + gzipSync(readFileSync(`${budget.dir}/${f}`)).length,
      0,
    );
  } else if (budget.file) {
    if (!existsSync(budget.file)) {
      console.error(`size: ${budget.file} is missing (run npm run build)`);
      failed++;
      continue;
    }
    bytes = gzipSync(readFileSync(budget.file)).length;
  } else {
    bytes = await entryGzip(budget.entry, budget.external ?? []);
  }
  const ok = bytes <= budget.maxGzip;
  if (!ok) failed++;
  const target = budget.targetGzip ?? budget.maxGzip;
  rows.push({
    name: budget.name,
    gzip: bytes,
    budget: budget.maxGzip,
    target,
    ok,
    onTarget: bytes <= target,
  });
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const pad = (s, n) => String(s).padEnd(n);
  console.log(pad('budget', 64) + pad('gzip B', 9) + pad('max B', 9) + pad('target B', 10) + 'status');
  for (const r of rows) {
    const status = !r.ok ? 'OVER MAX' : r.onTarget ? 'ok' : `ok, ${r.gzip - r.target} B over target`;
    console.log(
      pad(r.name.slice(0, 63), 64) + pad(r.gzip, 9) + pad(r.budget, 9) + pad(r.target, 10) + status,
    );
  }
  const missed = rows.filter((r) => r.ok && !r.onTarget);
  if (missed.length)
    console.log(
      `\n${missed.length} entr${missed.length === 1 ? 'y is' : 'ies are'} over target (see docs/decisions/0006-size-budgets.md).`,
    );
}
process.exit(failed ? 1 : 0);
