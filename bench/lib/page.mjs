// What the network benches share: esbuild resolving `@nutgraf/<pkg>[/sub]` to the package's
// TypeScript source, a local page that runs one bundled script beside a 1000-px host, and
// Chromium launched for long runs.
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

/** esbuild plugin: `@nutgraf/<pkg>[/sub]` → `packages/<pkg>/src/<sub or index>.ts`. */
export const nutgrafSources = {
  name: 'nutgraf',
  setup(b) {
    b.onResolve({ filter: /^@nutgraf\// }, (a) => {
      const m = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(a.path);
      return { path: `${process.cwd()}/packages/${m[1]}/src/${m[2] ?? 'index'}.ts` };
    });
  },
};

/** Serves `js` at `/<name>` and, at any other path, a page with `#host` that loads it. */
export function servePage(js, name = 'bench.js') {
  const page = `<!doctype html><html><body><div style="width:1000px"><div id="host"></div></div><script type="module" src="/${name}"></script></body></html>`;
  return createServer((req, res) => {
    if (req.url === `/${name}`) res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  }).listen(0);
}

/** Headless Chromium that waits up to an hour for a call (a 20,000-node run is minutes). */
export const launchChromium = () =>
  puppeteer.launch({
    executablePath: chromePath(),
    args: chromeArgs,
    headless: true,
    protocolTimeout: 3_600_000,
  });
