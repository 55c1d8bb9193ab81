// Builds every package to ES modules in its dist/ (dependencies left as imports), and the
// self-contained drop-in bundle packages/nutgraf/dist/nutgraf.js (everything inlined, minified).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export const PACKAGES = ['core', 'alliance-map', 'oil-share-donut', 'actor-network', 'nutgraf'];

const root = fileURLToPath(new URL('.', import.meta.url));
const esbuildOptions = { target: 'es2022', tsconfig: `${root}tsconfig.json`, legalComments: 'none' };

/** The TypeScript source file of an `@nutgraf/<pkg>[/sub]` import, or null for any other import. */
export function nutgrafSourceFile(id) {
  const match = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(id);
  if (!match) return null;
  const file = `${root}packages/${match[1]}/src/${match[2] ?? 'index'}.ts`;
  return existsSync(file) ? file : null;
}

/** Resolves `@nutgraf/<pkg>` imports to the package's TypeScript source (for the bundle). */
export function nutgrafSources() {
  return { name: 'nutgraf-sources', resolveId: nutgrafSourceFile };
}

/**
 * Removes comments and spare whitespace from the CSS in Lit `css` templates of our sources.
 * Only safe steps: comments go, runs of whitespace become one space, and the space around
 * `{`, `}` and `;` goes. Selectors, `calc()` and `@container` queries keep their meaning
 * (a general CSS minifier once dropped `@container` rules). Interpolations are left as they are.
 */
export function minifyCss() {
  const tidy = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1');
  return {
    name: 'nutgraf-minify-css',
    transform(code, id) {
      if (!id.startsWith(`${root}packages/`) || !id.endsWith('.ts') || !code.includes('css`')) return null;
      const out = code.replace(
        /\bcss`([^`]*)`/g,
        (_, body) =>
          `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 ? part : tidy(part)))
            .join('')
            .trim()}\``,
      );
      return { code: out, map: null };
    },
  };
}

/** Data files the code fetches from next to itself (`new URL('./<name>', import.meta.url)`). */
const ASSETS = {
  'default-dataset.json': 'packages/core/src/default-dataset.json',
  'world-110m.json': 'packages/alliance-map/src/geo/world-110m.json',
  'world-110m-de-facto.json': 'packages/alliance-map/src/geo/world-110m-de-facto.json',
};

/** Copies the named data files into the output, under `prefix` (the folder of the code that fetches them). */
export function assets(names = Object.keys(ASSETS), prefix = '') {
  return {
    name: 'nutgraf-assets',
    buildStart() {
      for (const name of names)
        this.emitFile({
          type: 'asset',
          fileName: `${prefix}${name}`,
          source: readFileSync(`${root}${ASSETS[name]}`),
        });
    },
  };
}

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const packageBuilds = PACKAGES.map((name) => {
  const dir = `${root}packages/${name}`;
  const input = ['index', 'define'].map((f) => `${dir}/src/${f}.ts`).filter((f) => existsSync(f));
  return {
    input,
    external: isBare,
    plugins: [
      minifyCss(),
      json({ preferConst: true }),
      esbuild(esbuildOptions),
      ...(name === 'core' ? [assets(['default-dataset.json'])] : []),
      ...(name === 'alliance-map' ? [assets(['world-110m.json', 'world-110m-de-facto.json'], 'geo/')] : []),
    ],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
      hoistTransitiveImports: false,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
      warn(warning);
    },
  };
});

const embedBundle = {
  input: `${root}packages/nutgraf/src/embed.ts`,
  plugins: [
    nutgrafSources(),
    minifyCss(),
    assets(),
    nodeResolve({ browser: true }),
    json({ preferConst: true, compact: true }),
    esbuild(esbuildOptions),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
  output: { file: `${root}packages/nutgraf/dist/nutgraf.js`, format: 'es', inlineDynamicImports: true },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
};

// The lazy loader and one chunk per component (plus shared chunks), for article pages.
const lazyBundle = {
  ...embedBundle,
  input: { loader: `${root}packages/nutgraf/src/loader.ts` },
  output: {
    dir: `${root}packages/nutgraf/dist/lazy`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
};

export default [...packageBuilds, embedBundle, lazyBundle];
