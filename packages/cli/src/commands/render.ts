/**
 * `nutgraf render <dataset.json>`: every static output of the graphics, from one renderer:
 * the live components, drawn in headless Chromium from the nutgraf package's own bundle,
 * with the dataset as their `data` (validated like any page's data).
 *
 * - Frames for social posts and print, as PNG and as SVG: the graphic's heading and dek, the
 *   graphic, and a source line, every word from the dataset.
 * - The no-JavaScript fallback to put inside a tag: the same drawing as a static SVG, with
 *   its words as text and its data tables as HTML.
 *
 * @module
 */

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import type { Browser, Page } from 'puppeteer-core';
import { parseOneFile } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { readTextFile, MAX_DATASET_BYTES } from '../read-input.js';
import { progress } from '../progress.js';
import { parseJson } from './check.js';
import { FRAMES, SKIP, fallbackSize, frameSize, framePage, millimetres } from '../render/frame-page.js';
import type { FrameName, FrameSize } from '../render/frame-page.js';
import { startFrameServer } from '../render/frame-server.js';
import { drawGraphic, frameGraphic, openTables } from '../render/draw.js';
import { installSnapshot } from '../render/snapshot.js';
import type { Snapshot } from '../render/snapshot.js';
import { installFallback } from '../render/fallback.js';
import type { Fallback } from '../render/fallback.js';

/** What `nutgraf render` writes. */
const FORMATS = ['png', 'svg', 'fallback'] as const;
type Format = (typeof FORMATS)[number];

export const HELP = `Usage: nutgraf render <dataset.json> [--tag <tag>|all] [--format png|svg|fallback|all]
                      [--frame social|square|print|all] [--print-width <mm>] [--width <px>]
                      [--out <folder>] [--quiet]

Draws each graphic of a dataset in headless Chromium, with the graphics' own code, and
writes it in the formats asked for:

  png       <out>/<tag>-<frame>.png: the graphic in a frame, with its heading and dek (the
            dataset's presentation words, else its title) and a source line
  svg       <out>/<tag>-<frame>.svg: the same frame as a standalone SVG: the words as text
            broken into lines as the browser broke them, the graphic as its own SVG with
            its colours, lines and fonts written out as attributes
  fallback  <out>/<tag>.html: what to put inside the tag for readers without JavaScript:
            the graphic's heading and dek, its drawing as a static SVG, its summary and
            source note, and its data table as an HTML table. No script, no event handler,
            no style attribute: it passes a strict Content-Security-Policy. Style it with
            nutgraf.css; the live graphic replaces it when the script runs.

Frames (png and svg):
  social  1200 × 675 pixels
  square  1080 × 1080 pixels
  print   a column --print-width millimetres wide (PNG at 300 dpi), as tall as the graphic
          needs, drawn with the graphics' print styles and neutral greys (black ink only)

Options:
  --tag <tag>          one component (e.g. alliance-map), or all (default)
  --format <formats>   png (default), svg, fallback, a list (png,svg) or all
  --frame <frame>      social, square, print, or all (default)
  --print-width <mm>   width of the print column in millimetres (default 86)
  --width <px>         width the fallback's drawing is laid out at (default 640); it
                       scales to the width of the page
  --out <folder>       where to write the files (default: the current folder)
  --quiet              no progress on stderr
  -h, --help           this help

Needs the nutgraf package (the graphics) and puppeteer-core, with Chromium at CHROME_PATH
or /usr/bin/chromium.

Exit codes: 0 written; 1 the dataset is not valid, or a graphic shows an error;
2 usage error; 3 the dataset cannot be read, or nutgraf, puppeteer-core or Chromium is missing.`;

/** Chromium flags that work headless on servers and in containers. */
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function runRender(argv: string[]): Promise<ExitCode> {
  const parsed = parseOneFile(
    argv,
    {
      tag: 'string',
      format: 'string',
      frame: 'string',
      'print-width': 'string',
      width: 'string',
      out: 'string',
      quiet: 'boolean',
    },
    { command: 'render', help: HELP, what: 'dataset file', example: 'dataset.json' },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const p = progress({ quiet: options.quiet === true });

  const dist = nutgrafDist();
  const tags = componentTags(dist);
  const tag = typeof options.tag === 'string' ? options.tag : 'all';
  if (tag !== 'all' && !tags.includes(tag))
    throw new CliError(
      `nutgraf render: --tag must be one of ${tags.join(', ')} or all, not "${tag}"`,
      EXIT.USAGE,
    );
  const format = typeof options.format === 'string' ? options.format : 'png';
  const formats = format === 'all' ? [...FORMATS] : [...new Set(format.split(','))];
  for (const f of formats)
    if (!FORMATS.includes(f as Format))
      throw new CliError(
        `nutgraf render: --format takes ${FORMATS.join(', ')}, a list of them (png,svg) or all, not "${format}"`,
        EXIT.USAGE,
      );
  const frame = typeof options.frame === 'string' ? options.frame : 'all';
  if (frame !== 'all' && !FRAMES.includes(frame as FrameName))
    throw new CliError(
      `nutgraf render: --frame must be one of ${FRAMES.join(', ')} or all, not "${frame}"`,
      EXIT.USAGE,
    );
  const printWidth = typeof options['print-width'] === 'string' ? Number(options['print-width']) : 86;
  if (!Number.isFinite(printWidth) || printWidth < 20 || printWidth > 500)
    throw new CliError(
      `nutgraf render: --print-width is a width in millimetres between 20 and 500, not "${String(options['print-width'])}"`,
      EXIT.USAGE,
    );
  const width = typeof options.width === 'string' ? Number(options.width) : 640;
  if (!Number.isInteger(width) || width < 200 || width > 2000)
    throw new CliError(
      `nutgraf render: --width is a width in pixels between 200 and 2000, not "${String(options.width)}"`,
      EXIT.USAGE,
    );
  const out = resolve(typeof options.out === 'string' ? options.out : '.');

  p.step(`reading ${path}`);
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const dataset = parseJson(path, text);

  const chosenTags = tag === 'all' ? tags : [tag];
  const images = formats.filter((f): f is 'png' | 'svg' => f !== 'fallback');
  const frames = images.length
    ? (frame === 'all' ? [...FRAMES] : [frame as FrameName]).map((f) => frameSize(f, printWidth))
    : [];
  const fallback = formats.includes('fallback') ? fallbackSize(width) : undefined;
  mkdirSync(out, { recursive: true });

  const puppeteer = await loadPuppeteer();
  const server = await startFrameServer(dist);
  let browser: Browser | undefined;
  /** Draws on a new page, then `take`s what is drawn; errors name the dataset. */
  const onPage = async (size: FrameSize, t: string, take: (page: Page) => Promise<void>) => {
    const page = await browser!.newPage();
    try {
      await drawGraphic(page, `${server.origin}/__nutgraf-frame/${size.name}.html`, t, size, dataset);
      await take(page);
    } catch (error) {
      if (error instanceof CliError) throw new CliError(`${path}: ${error.message}`, error.code);
      throw error;
    } finally {
      await page.close();
    }
  };
  const written = (file: string, content?: string) => {
    if (content !== undefined) writeFileSync(file, content);
    process.stdout.write(`${file}\n`);
  };
  try {
    browser = await puppeteer.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
    for (const size of [...frames, ...(fallback ? [fallback] : [])])
      server.page(`/__nutgraf-frame/${size.name}.html`, framePage(size));
    for (const t of chosenTags) {
      if (fallback) {
        p.step(`drawing the fallback of <${t}>`);
        await onPage(fallback, t, async (page) => {
          await openTables(page, t);
          await frameGraphic(page, t, fallback, dataset);
          written(join(out, `${t}.html`), `${await fallbackHtml(page, t)}\n`);
        });
      }
      for (const size of frames) {
        p.step(`drawing <${t}> in the ${size.name} frame`);
        await onPage(size, t, async (page) => {
          await frameGraphic(page, t, size, dataset);
          if (images.includes('png')) {
            const file = join(out, `${t}-${size.name}.png`);
            const box = await page.$('.frame');
            if (!box) throw new CliError(`the frame page has no frame`, EXIT.CONTENT);
            await box.screenshot({ path: file as `${string}.png` });
            written(file);
          }
          if (images.includes('svg'))
            written(join(out, `${t}-${size.name}.svg`), await frameSvg(page, t, size));
        });
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return EXIT.OK;
}

/** The drawn frame as a standalone SVG document (a print frame measured in millimetres). */
async function frameSvg(page: Page, tag: string, size: FrameSize): Promise<string> {
  await page.evaluate(installSnapshot);
  const xml = await page.evaluate(
    (tag, name, mmPerPx, skip) => {
      const snapshot = (globalThis as unknown as { nutgrafSnapshot: Snapshot }).nutgrafSnapshot;
      const picture = snapshot(document.querySelector('.frame')!, {
        idPrefix: `nutgraf-${tag}-${name}`,
        neutralGreys: mmPerPx > 0,
        skip,
      });
      // Printed at its size on paper: the same drawing, its width and height in millimetres.
      if (mmPerPx > 0)
        for (const side of ['width', 'height'])
          picture.setAttribute(
            side,
            `${Math.round(Number(picture.getAttribute(side)) * mmPerPx * 100) / 100}mm`,
          );
      return new XMLSerializer().serializeToString(picture);
    },
    tag,
    size.name,
    size.print ? millimetres(1) : 0,
    SKIP,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** The drawn graphic's no-JavaScript fallback, as HTML. */
async function fallbackHtml(page: Page, tag: string): Promise<string> {
  await page.evaluate(installSnapshot);
  await page.evaluate(installFallback);
  return page.evaluate(
    (tag, skip) =>
      (globalThis as unknown as { nutgrafFallback: Fallback }).nutgrafFallback({
        tag,
        box: '.graphic',
        skip,
      }),
    tag,
    SKIP,
  );
}

/** The built files of the `nutgraf` package (its dist folder). */
function nutgrafDist(): string {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('nutgraf/package.json');
  } catch {
    throw new CliError(
      'nutgraf render: the nutgraf package (the graphics) is not installed; install it with: npm install nutgraf',
      EXIT.UNREADABLE,
    );
  }
  const dist = join(dirname(pkg), 'dist');
  if (!existsSync(join(dist, 'nutgraf.js')))
    throw new CliError(
      `nutgraf render: ${dist} has no nutgraf.js; build or reinstall the nutgraf package`,
      EXIT.UNREADABLE,
    );
  return dist;
}

/**
 * The component tags: those of components.json, the one list of components, when the
 * package sits in the nutgraf repository; else one per frame page the package ships
 * (dist/frame/<tag>.html, made from that list).
 */
function componentTags(dist: string): string[] {
  for (let dir = dirname(dist); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'components.json');
    if (!existsSync(file)) continue;
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const components = (list as { components?: { tag?: unknown }[] }).components;
    if (!Array.isArray(components)) continue;
    return components.map((c) => String(c.tag));
  }
  const frames = join(dist, 'frame');
  if (existsSync(frames))
    return readdirSync(frames)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();
  throw new CliError(`nutgraf render: cannot find the list of components near ${dist}`, EXIT.UNREADABLE);
}

/** puppeteer-core, imported when it is needed (it is an optional peer dependency). */
async function loadPuppeteer(): Promise<typeof import('puppeteer-core').default> {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    throw new CliError(
      'nutgraf render: puppeteer-core is not installed; install it with: npm install puppeteer-core ' +
        '(it uses the Chromium at CHROME_PATH, else /usr/bin/chromium)',
      EXIT.UNREADABLE,
    );
  }
}

/** CHROME_PATH, else a system Chromium. */
function chromePath(): string {
  const found = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((x) => x && existsSync(x));
  if (!found)
    throw new CliError(
      'nutgraf render: no Chromium found; install it (e.g. apt-get install chromium) or set CHROME_PATH',
      EXIT.UNREADABLE,
    );
  return found;
}
