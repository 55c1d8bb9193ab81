#!/usr/bin/env node
// Generates custom-elements.json (root, for Storybook; and one per package, published with it)
// with @custom-elements-manifest/analyzer. `--check` fails when a committed file is out of date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PACKAGES = ['core', 'alliance-map', 'oil-share-donut', 'actor-network', 'nutgraf'];
const check = process.argv.includes('--check');
const bin = resolve('node_modules/.bin/custom-elements-manifest');
const tmp = '.manifest-tmp';

function analyze(cwd, globs, outdir) {
  const args = ['analyze', '--config', resolve('custom-elements-manifest.config.mjs'), '--outdir', outdir];
  for (const g of globs) args.push('--globs', g);
  args.push('--exclude', '**/*.test.ts', '--exclude', '**/*.stories.ts', '--exclude', '**/dist/**');
  const result = spawnSync(bin, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(cwd, outdir, 'custom-elements.json'), 'utf8'));
  rmSync(join(cwd, tmp), { recursive: true, force: true });
  // The analyzer lists modules in the order its file walk returns them: sort, so the file is
  // the same on every machine and run.
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const targets = [{ file: 'custom-elements.json', text: analyze('.', ['packages/*/src/**/*.ts'], tmp) }];
for (const name of PACKAGES) {
  const dir = `packages/${name}`;
  targets.push({ file: `${dir}/custom-elements.json`, text: analyze(dir, ['src/**/*.ts'], tmp) });
}

let stale = 0;
for (const { file, text } of targets) {
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is out of date: run \`npm run analyze\` and commit the result.`);
      stale++;
    }
  } else {
    mkdirSync(resolve(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
}
if (check && !stale) console.log('custom-elements.json files are up to date.');
if (!check) console.log(`Wrote ${targets.map((t) => t.file).join(', ')}`);
process.exit(stale ? 1 : 0);
