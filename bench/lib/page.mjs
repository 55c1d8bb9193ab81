// What the network benches share: esbuild resolving `@nutgraf/<pkg>[/sub]` to the package's
// TypeScript source, a local page that runs one bundled script beside a 1000-px host, and
// Chromium launched for long runs.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

/** esbuild plugin: `@nutgraf/<pkg>[/sub]` → `<packages>/<pkg>/src/<sub or index>.ts`. */
export const nutgrafSourcesIn = (packages) => ({
  name: 'nutgraf',
  setup(b) {
    b.onResolve({ filter: /^@nutgraf\// }, (a) => {
      const m = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(a.path);
      return { path: `${packages}/${m[1]}/src/${m[2] ?? 'index'}.ts` };
    });
  },
});

/** {@link nutgrafSourcesIn} this checkout's `packages/` (the bench runs from its root). */
export const nutgrafSources = nutgrafSourcesIn(`${process.cwd()}/packages`);

/**
 * Serves `js` at `/<name>`, each of `files` (name → script) at `/<name>`, and at any other path a
 * page with `#host` that loads `js`.
 */
export function servePage(js, name = 'bench.js', files = {}) {
  const page = `<!doctype html><html><body><div style="width:1000px"><div id="host"></div></div><script type="module" src="/${name}"></script></body></html>`;
  const scripts = { ...files, [name]: js };
  return createServer((req, res) => {
    const script = scripts[req.url.slice(1)];
    if (script !== undefined) res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  }).listen(0);
}

/**
 * The network's layout worker, bundled on its own (minified), to serve as `/layout-worker.js`
 * beside a bundle of the element: the element starts it with
 * `new URL('./layout-worker.js', import.meta.url)`, which esbuild leaves as it is.
 */
export async function layoutWorkerFiles() {
  const out = await build({
    entryPoints: ['packages/actor-network/src/layout-worker.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return { 'layout-worker.js': out.outputFiles[0].text };
}

/** Headless Chromium that waits up to an hour for a call (a 20,000-node run is minutes). */
export const launchChromium = (extraArgs = []) =>
  puppeteer.launch({
    executablePath: chromePath(),
    args: [...chromeArgs, ...extraArgs],
    headless: true,
    protocolTimeout: 3_600_000,
  });
