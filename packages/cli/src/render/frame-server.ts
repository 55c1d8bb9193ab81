/**
 * A small local web server for `nutgraf render`: the nutgraf package's built files (the
 * drop-in bundle, its stylesheet and the map geometry it fetches), and the frame pages.
 * Bound to 127.0.0.1 on a free port; read-only; nothing outside its folder is served.
 *
 * @module
 */

import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, isAbsolute } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export interface FrameServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Serves `html` at `path` (a path starting with `/`). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves the files under `root`, and the pages given to `page()`. */
export async function startFrameServer(root: string): Promise<FrameServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const html = pages.get(path);
    if (html !== undefined) return send(200, TYPES['.html']!, html);
    const file = join(root, path);
    const inside = relative(root, file);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) return send(404, 'text/plain', 'not found');
    readFile(file).then(
      (body) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', body),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    page(path, html) {
      pages.set(path, html);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
