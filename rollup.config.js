// Builds every package to ES modules in its dist/ (dependencies left as imports), and the
// drop-in bundle packages/nutgraf/dist/nutgraf.js (minified; its on-demand code in dist/chunks/).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import MagicString from 'magic-string';
import { COMPONENTS, PACKAGES } from './scripts/components.mjs';

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

/** `calc(…)` with no space around its `*` and `/` (which, unlike `+` and `-`, need none). */
const tightCalc = (text) => {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (!depth && text.startsWith('calc(', i)) {
      out += 'calc(';
      i += 4;
      depth = 1;
      continue;
    }
    const c = text[i];
    if (depth) {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ' ' && /^ [*/] /.test(text.slice(i, i + 3))) {
        out += text[i + 1];
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
};

/**
 * Spare whitespace in CSS: comments go, runs of whitespace become one space, the space around
 * `{`, `}`, `;`, `,`, the child combinator `>` and the sibling combinator `~` goes, as does the
 * space after a colon, the `;` before a `}`, a decimal's leading zero (`0.5em` → `.5em`) and
 * the space around `calc()`'s `*` and `/`. None of our styles has a string with a comma, a `>`,
 * a `~`, a colon followed by a space, a `;}` or a ` 0.` in it.
 */
export const tidyCss = (text) =>
  tightCalc(
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>~]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/([ :(,])0\.(\d)/g, '$1.$2'),
  );

/** Spare whitespace in markup: a run of whitespace that holds a line break becomes one space. */
const tidyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ');

const TIDY = { css: tidyCss, html: tidyMarkup, svg: tidyMarkup };

/**
 * Removes spare whitespace from the static text of Lit's `css`, `html` and `svg` templates in
 * our sources (run after TypeScript is compiled; it reads the syntax tree, so nested templates
 * and `${…}` parts are found exactly and left as code).
 * Only safe steps. CSS: comments and spare spaces go; selectors, `calc()` and `@container`
 * queries keep their meaning (a general CSS minifier once dropped `@container` rules).
 * Markup: line breaks with their indentation become one space, which HTML and SVG render as
 * the line break did (no template holds preformatted text).
 */
export function minifyTemplates() {
  return {
    name: 'nutgraf-minify-templates',
    transform(code, id) {
      if (!id.startsWith(`${root}packages/`) || !/`/.test(code)) return null;
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const tidy = node.type === 'TaggedTemplateExpression' && TIDY[node.tag.name];
        if (tidy) {
          const { quasis } = node.quasi;
          quasis.forEach((q, i) => {
            let text = tidy(code.slice(q.start, q.end));
            if (i === 0) text = text.trimStart();
            if (i === quasis.length - 1) text = text.trimEnd();
            if (text === code.slice(q.start, q.end)) return;
            if (text) out.overwrite(q.start, q.end, text);
            else out.remove(q.start, q.end);
          });
        }
        for (const value of Object.values(node))
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
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

/**
 * For code built into a folder below `packages/nutgraf/dist/` (the lazy chunks): fetch the data
 * files from the folder above, where the drop-in bundle's copies are, so the package ships each
 * file once (`new URL('./<name>', import.meta.url)` becomes `'../<name>'`).
 * With `chunksUnder` (a folder of the output, such as `'chunks/'`), only the chunks written into
 * that folder fetch from above; the rest of the output fetches from beside itself.
 */
export function assetsFromParent(names = Object.keys(ASSETS), { chunksUnder } = {}) {
  const pattern = new RegExp(
    `new URL\\((['"])\\./(${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')})\\1,\\s*import\\.meta\\.url\\)`,
    'g',
  );
  const fromParent = (code) => code.replace(pattern, "new URL('../$2', import.meta.url)");
  if (chunksUnder)
    return {
      name: 'nutgraf-assets-from-parent',
      renderChunk(code, chunk) {
        if (!chunk.fileName.startsWith(chunksUnder)) return null;
        const out = fromParent(code);
        return out === code ? null : { code: out, map: null };
      },
    };
  return {
    name: 'nutgraf-assets-from-parent',
    transform(code, id) {
      if (!id.startsWith(`${root}packages/`)) return null;
      const out = fromParent(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The plugins of the minified browser bundles: `@nutgraf/*` from source, npm packages, JSON,
 * TypeScript, minified templates and terser. `npm run size` and `bench/render-floor.mjs`
 * measure with the same, so their figures are what a page downloads.
 */
export function browserPlugins() {
  return [
    nutgrafSources(),
    nodeResolve({ browser: true }),
    json({ preferConst: true, compact: true }),
    esbuild(esbuildOptions),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/**
 * The dataset model's modules (core's `dataset/` and the schema library) run no code on
 * import that a page needs. Said so, rollup leaves them out of a page that never validates,
 * and chunks do not import the validator's chunk only to keep its modules' order.
 */
export const treeshake = {
  moduleSideEffects: (id) => !/\/packages\/core\/src\/dataset\/|\/node_modules\/valibot\//.test(id),
};

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const packageBuilds = PACKAGES.map((name) => {
  const dir = `${root}packages/${name}`;
  // `layout-worker`: the network's module worker, which its code starts with
  // `new URL('./layout-worker.js', import.meta.url)`, so it must sit beside it.
  const input = ['index', 'define', 'dataset/index', 'table', 'layout-worker']
    .map((f) => `${dir}/src/${f}.ts`)
    .filter((f) => existsSync(f));
  return {
    input,
    external: isBare,
    plugins: [
      json({ preferConst: true }),
      esbuild(esbuildOptions),
      minifyTemplates(),
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

// The drop-in bundle: `nutgraf.js` holds lit, core and the three components, and registers
// every tag. Code for non-default cases stays behind its dynamic import as a chunk of its own
// in `chunks/`, fetched from beside the script only when needed: the dataset validator (data a
// page passes in), the data and claims tables (a reader opens one) and the network's big-graph
// path (graphs over 250 nodes). The sub-folder keeps the chunks apart from the package's own
// modules in `dist/`.
/**
 * Modules the drop-in bundle and the lazy loader both load on demand and that import nothing
 * themselves: the catalogues of languages other than English and the story follower. The
 * drop-in bundle writes each once, under a stable name in `chunks/`; the lazy loader's code
 * imports that file from the folder above instead of shipping a copy of its own.
 */
const SHARED_CHUNKS = [
  { pattern: /\/packages\/core\/src\/messages\/(?!en\.|format\.)([a-z]{2,3})\.ts$/, prefix: 'messages-' },
  { pattern: /\/packages\/nutgraf\/src\/(follow-story-page)\.ts$/, prefix: '' },
];
/** The stable file name (without `.js`) of a shared chunk's module, or undefined. */
const sharedChunkName = (id) => {
  for (const { pattern, prefix } of SHARED_CHUNKS) {
    const match = pattern.exec(id ?? '');
    if (match) return prefix + match[1];
  }
  return undefined;
};

/**
 * V8's explicit compile hint on the files whose code a page runs nearly all of as it loads: V8
 * compiles them whole as they stream in, off the main thread, instead of each function on the
 * main thread at its first call (Chrome 136 and later; elsewhere it is a comment). `runsOnLoad`
 * picks the chunks: the drop-in bundle (the three elements upgrade and draw), the lazy loader's
 * component files and their shared core; not the code loaded for one case (tables, the
 * validator, big graphs), most of which such a page never calls. After terser, which drops comments.
 */
function compileHint(runsOnLoad) {
  return {
    name: 'nutgraf-compile-hint',
    renderChunk: (code, chunk) =>
      runsOnLoad(chunk) ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null,
  };
}

/** The component packages' entries, which the lazy loader imports, each as a chunk of its own. */
const componentEntries = new Set(COMPONENTS.map((c) => `${root}packages/${c.package}/src/index.ts`));

const embedBundle = {
  input: { nutgraf: `${root}packages/nutgraf/src/embed.ts` },
  // The data files sit beside nutgraf.js; code that lands in a chunk fetches them from the
  // folder above (each file ships once).
  plugins: [
    assets(),
    assetsFromParent(undefined, { chunksUnder: 'chunks/' }),
    ...browserPlugins(),
    compileHint((chunk) => chunk.isEntry),
  ],
  treeshake,
  output: {
    dir: `${root}packages/nutgraf/dist`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => {
      const shared = sharedChunkName(chunk.facadeModuleId);
      return shared ? `chunks/${shared}.js` : 'chunks/[name]-[hash].js';
    },
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  },
};

/** The lazy loader's code starts the drop-in bundle's copy of the network's layout worker. */
function workerFromChunks() {
  return {
    name: 'nutgraf-worker-from-chunks',
    renderChunk(code) {
      const out = code.replace(
        /new URL\((['"])\.\/layout-worker\.js\1/g,
        "new URL('../chunks/layout-worker.js'",
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}

// The lazy loader and one chunk per component (plus shared chunks), for article pages.
const lazyBundle = {
  ...embedBundle,
  // The data files are the drop-in bundle's, one folder up (each ships once).
  plugins: [
    assetsFromParent(),
    workerFromChunks(),
    ...browserPlugins(),
    compileHint((chunk) => chunk.name === 'core' || chunk.moduleIds.some((id) => componentEntries.has(id))),
  ],
  input: { loader: `${root}packages/nutgraf/src/loader.ts` },
  external: (id, _importer, resolved) => resolved && sharedChunkName(id) !== undefined,
  output: {
    paths: (id) => `../chunks/${sharedChunkName(id)}.js`,
    dir: `${root}packages/nutgraf/dist/lazy`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    // Lit and core make one chunk that every component loads. Left alone, rollup splits off
    // the few hundred bytes only some components use (pan and zoom, arrow-key focus), each
    // one more request that compresses worse on its own. The validator stays apart: it loads
    // only for data a page passes in (with the version-1 migration), and so does the data
    // table's code (`@nutgraf/core/table`), which loads when a reader first opens a table, and
    // so do the catalogues of languages other than English (each its own chunk).
    manualChunks: (id) =>
      /\/packages\/core\/src\/dataset\/(validate|schema|messages|references|migrate)\.|\/node_modules\/valibot\//.test(
        id,
      )
        ? 'validate'
        : /\/node_modules\/(lit|lit-html|lit-element|@lit)\/|\/packages\/core\/src\/(?!default-dataset\.|table\.|ui\/(table-view|claims-table)\.|messages\/(?!en\.|format\.))/.test(
              id,
            )
          ? 'core'
          : undefined,
  },
};

// The network's layout worker for the drop-in and lazy bundles: one self-contained file (it
// shares no chunk with the page's code, which registers elements a worker has no use for),
// beside the drop-in's big-graph chunk that starts it with
// `new URL('./layout-worker.js', import.meta.url)`; the lazy loader's starts the same file.
const layoutWorker = {
  input: `${root}packages/actor-network/src/layout-worker.ts`,
  plugins: browserPlugins(),
  output: { file: `${root}packages/nutgraf/dist/chunks/layout-worker.js`, format: 'es' },
};

// The iframe embed's script (dist/frame.js, loaded by the pages dist/frame/<tag>.html that
// scripts/build.mjs writes): self-contained, it imports nothing.
const frameScript = {
  input: `${root}packages/nutgraf/src/frame.ts`,
  plugins: browserPlugins(),
  output: { file: `${root}packages/nutgraf/dist/frame.js`, format: 'es' },
};

export default [...packageBuilds, embedBundle, lazyBundle, layoutWorker, frameScript];
