// The seeded synthetic dataset of the stories and benchmarks, for page tests in Node.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The seeded synthetic dataset, built from its TypeScript source into `dir`. */
export async function synthetic(dir, nodes, edges) {
  const outfile = join(dir, 'synthetic.mjs');
  await build({
    entryPoints: [join(root, 'packages/actor-network/src/synthetic.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  const { syntheticDataset } = await import(pathToFileURL(outfile).href);
  return syntheticDataset(nodes, edges);
}
