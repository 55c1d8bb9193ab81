// Bundles the layout benchmark with esbuild and runs it in Node.
import { build } from 'esbuild';
const out = '/tmp/alliance-map-bench.mjs';
await build({
  entryPoints: ['packages/alliance-map/bench/layout.bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
await import(out);
