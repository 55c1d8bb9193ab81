// The iframe embed's pages: packages/nutgraf/dist/frame/<tag>.html, one per component of
// components.json. Each page loads the drop-in bundle, its stylesheet and dist/frame.js from the
// folder above; frame.js puts the graphic in the page (with the frame URL's query as its
// attributes) and posts the page's height to the host. No inline script or style, so the pages
// work under a strict Content-Security-Policy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPONENTS } from './components.mjs';

/** The frame page of one tag (a custom element name: lowercase letters, digits and hyphens). */
export function framePage(tag) {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>nutgraf: ${tag}</title>
    <link rel="stylesheet" href="../nutgraf.css" />
    <script type="module" src="../frame.js"></script>
    <script type="module" src="../nutgraf.js"></script>
  </head>
  <body>
    <main data-nutgraf-frame="${tag}"></main>
  </body>
</html>
`;
}

/** Writes one frame page per component into `dir` (packages/nutgraf/dist/frame). */
export function writeFramePages(dir) {
  mkdirSync(dir, { recursive: true });
  for (const { tag } of COMPONENTS) writeFileSync(join(dir, `${tag}.html`), framePage(tag));
  return COMPONENTS.map(({ tag }) => `${tag}.html`);
}
