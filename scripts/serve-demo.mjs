#!/usr/bin/env node
// Serves the repository root on localhost and prints the demo news page's URL.
// The demo page is served with a strict Content-Security-Policy, as many news sites do.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(
  process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : '.',
);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html nutgraf-worker";

/** Creates the static server (exported for tests). */
export function createDemoServer(dir = root, { csp = true } = {}) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/' || path === '') {
      res.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    // The demo article as a page that loads every graphic's code up front: the drop-in bundle
    // in place of the lazy loader (what `npm run lighthouse -- /demo/eager.html` measures).
    if (path === '/demo/eager.html') {
      const page = readFileSync(join(dir, 'demo/index.html'), 'utf8');
      res
        .writeHead(200, {
          'Content-Type': TYPES['.html'],
          'Cache-Control': 'no-cache',
          ...(csp ? { 'Content-Security-Policy': STRICT_CSP } : {}),
        })
        .end(page.replace('/packages/nutgraf/dist/lazy/loader.js', '/packages/nutgraf/dist/nutgraf.js'));
      return;
    }
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (csp && extname(file) === '.html') headers['Content-Security-Policy'] = STRICT_CSP;
    // Text is sent gzipped when the browser accepts it, as any news site's server does.
    const compress =
      /^(text|application\/json|image\/svg)/.test(headers['Content-Type']) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (compress) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  createDemoServer().listen(port, host, () => {
    console.log(`nutgraf demo news page: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/`);
    console.log('Press Ctrl+C to stop.');
  });
}
