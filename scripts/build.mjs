#!/usr/bin/env node
// `npm run build`: rollup (ES modules per package, dist/nutgraf.js with its on-demand chunks in
// dist/chunks/, dist/lazy/), then .d.ts per package. The CLI (packages/cli) is built by tsc alone,
// after core, whose declarations it type-checks against.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, rmSync } from 'node:fs';
import { PACKAGES as BUNDLED } from './components.mjs';
import { writeFramePages } from './frame-pages.mjs';

// Core, the CLI, each component of components.json, the umbrella.
const PACKAGES = [BUNDLED[0], 'cli', ...BUNDLED.slice(1)];

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const name of PACKAGES) rmSync(`packages/${name}/dist`, { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
// Declarations in dependency order: core first, so the others resolve its dist/*.d.ts.
for (const name of PACKAGES) run('npx', ['tsc', '-p', `packages/${name}/tsconfig.build.json`]);
// The stylesheet that reserves each graphic's space before JavaScript runs.
copyFileSync('packages/nutgraf/src/nutgraf.css', 'packages/nutgraf/dist/nutgraf.css');
// The iframe embed: a page per graphic, beside the bundle (dist/frame/<tag>.html).
writeFramePages('packages/nutgraf/dist/frame');
// The CLI's gazetteer tables, read from beside its code.
cpSync('packages/cli/src/data', 'packages/cli/dist/data', { recursive: true });
// The `nutgraf` command runs as a program (its first line is `#!/usr/bin/env node`).
chmodSync('packages/cli/dist/bin/nutgraf.js', 0o755);
console.log('Built', PACKAGES.map((p) => `packages/${p}/dist`).join(', '));
