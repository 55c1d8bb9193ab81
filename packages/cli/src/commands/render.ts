/**
 * `nutgraf render <dataset.json>`: still images of the graphics, for social posts and print.
 * Each component is drawn live in headless Chromium, from the nutgraf package's own bundle,
 * with the dataset as its `data` (validated like any page's data), inside a frame: the
 * graphic's heading and dek, the graphic, and a source line, every word from the dataset.
 *
 * @module
 */

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import type { Browser, Page } from 'puppeteer-core';
import { parseOneFile } from '../args.js';
import { CliError, EXIT, messageOf } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { readTextFile, MAX_DATASET_BYTES } from '../read-input.js';
import { progress } from '../progress.js';
import { parseJson } from './check.js';
import { FRAMES, SHADOW_CSS, frameSize, framePage } from '../render/frame-page.js';
import type { FrameName, FrameSize } from '../render/frame-page.js';
import { startFrameServer } from '../render/frame-server.js';

export const HELP = `Usage: nutgraf render <dataset.json> [--tag <tag>|all] [--frame social|square|print|all]
                      [--print-width <mm>] [--out <folder>] [--quiet]

Draws each graphic of a dataset in headless Chromium and writes it as a PNG image,
<out>/<tag>-<frame>.png, framed with the graphic's heading and dek (the dataset's
presentation words, else its title), and a source line.

Frames:
  social  1200 × 675 pixels
  square  1080 × 1080 pixels
  print   a column --print-width millimetres wide at 300 dpi, as tall as the graphic
          needs, drawn with the graphics' print styles

Options:
  --tag <tag>          one component (e.g. alliance-map), or all (default)
  --frame <frame>      social, square, print, or all (default)
  --print-width <mm>   width of the print column in millimetres (default 86)
  --out <folder>       where to write the images (default: the current folder)
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

/** How long a graphic may take to draw. */
const DRAW_TIMEOUT_MS = 30_000;

export async function runRender(argv: string[]): Promise<ExitCode> {
  const parsed = parseOneFile(
    argv,
    { tag: 'string', frame: 'string', 'print-width': 'string', out: 'string', quiet: 'boolean' },
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
  const out = resolve(typeof options.out === 'string' ? options.out : '.');

  p.step(`reading ${path}`);
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const dataset = parseJson(path, text);

  const chosenTags = tag === 'all' ? tags : [tag];
  const frames = (frame === 'all' ? [...FRAMES] : [frame as FrameName]).map((f) => frameSize(f, printWidth));
  mkdirSync(out, { recursive: true });

  const puppeteer = await loadPuppeteer();
  const server = await startFrameServer(dist);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath: chromePath(), args: CHROME_ARGS, headless: true });
    for (const size of frames) server.page(`/__nutgraf-frame/${size.name}.html`, framePage(size));
    for (const t of chosenTags)
      for (const size of frames) {
        const file = join(out, `${t}-${size.name}.png`);
        p.step(`drawing <${t}> in the ${size.name} frame`);
        const page = await browser.newPage();
        try {
          await renderFrame(
            page,
            `${server.origin}/__nutgraf-frame/${size.name}.html`,
            t,
            size,
            dataset,
            file,
          );
        } catch (error) {
          if (error instanceof CliError) throw new CliError(`${path}: ${error.message}`, error.code);
          throw error;
        } finally {
          await page.close();
        }
        process.stdout.write(`${file}\n`);
      }
  } finally {
    await browser?.close();
    await server.close();
  }
  return EXIT.OK;
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

// ── In the page ─────────────────────────────────────────────────────────────────────
// The functions below run in Chromium (page.evaluate); the CLI is compiled without the
// DOM's types, so they declare the little of it they use.

interface Node_ {
  textContent: string | null;
  querySelector(selector: string): Node_ | null;
  shadowRoot: Root | null;
  style: { setProperty(name: string, value: string): void };
  getBoundingClientRect(): { width: number; height: number };
  append(child: Node_): void;
  setAttribute(name: string, value: string): void;
  clientWidth: number;
  clientHeight: number;
}
interface Root extends Node_ {
  adoptedStyleSheets: unknown[];
}
interface Globals {
  document: Node_ & { documentElement: Node_; createElement(tag: string): Node_ & { data?: unknown } };
  customElements: { whenDefined(tag: string): Promise<unknown> };
  CSSStyleSheet: new () => { replaceSync(text: string): void };
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
}

/** Draws `tag` with `dataset` in the frame page at `url` and writes the frame to `file`. */
async function renderFrame(
  page: Page,
  url: string,
  tag: string,
  size: FrameSize,
  dataset: unknown,
  file: string,
): Promise<void> {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(messageOf(e)));
  await page.setViewport({
    width: Math.ceil(size.width),
    height: size.height ?? 1000,
    deviceScaleFactor: size.scale,
  });
  await page.emulateMediaType(size.print ? 'print' : 'screen');
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.goto(url, { waitUntil: 'load' });

  await page.evaluate(
    async (tag, dataset) => {
      const g = globalThis as unknown as Globals;
      // The frame's words are the dataset's, in its language (the graphic's own follow).
      const language = (dataset as { source?: { language?: unknown } }).source?.language;
      if (typeof language === 'string' && language) g.document.documentElement.setAttribute('lang', language);
      await g.customElements.whenDefined(tag);
      const el = g.document.createElement(tag);
      el.setAttribute('theme', 'light');
      el.data = dataset;
      g.document.querySelector('.graphic')!.append(el);
    },
    tag,
    dataset,
  );
  try {
    await page.waitForFunction(
      (tag) => {
        const root = (globalThis as unknown as Globals).document.querySelector(tag)?.shadowRoot;
        return !!root?.querySelector('[part~="svg"], [role="alert"]');
      },
      { timeout: DRAW_TIMEOUT_MS, polling: 100 },
      tag,
    );
  } catch {
    throw new CliError(
      `<${tag}> did not draw within ${DRAW_TIMEOUT_MS / 1000} s${problems.length ? `: ${problems.join('; ')}` : ''}`,
      EXIT.CONTENT,
    );
  }
  const alert = await page.evaluate((tag) => {
    const root = (globalThis as unknown as Globals).document.querySelector(tag)?.shadowRoot;
    return root?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
  }, tag);
  if (alert !== undefined) throw new CliError(`<${tag}> cannot draw it: ${alert}`, EXIT.CONTENT);

  // Drawn: the words go in, what a still image has no use for goes, then it fits the frame.
  await page.evaluate(
    async (tag, dataset, css, zoom) => {
      const g = globalThis as unknown as Globals;
      const { document } = g;
      const el = document.querySelector(tag)!;
      const root = el.shadowRoot!;
      const sheet = new g.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

      // The heading and dek the graphic shows are the dataset's presentation words for it:
      // the entry whose heading or dek the graphic shows; else the dataset's title.
      type Words = { heading?: unknown; dek?: unknown };
      const ds = dataset as {
        title?: unknown;
        presentation?: Record<string, Words>;
        source?: { name?: unknown };
      };
      const text = (n: Node_ | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const shown = text(root);
      const title = text(root.querySelector('#title, [part~="title"]'));
      const entries = Object.values(ds.presentation ?? {}).filter((w) => w && typeof w === 'object');
      const words =
        entries.find((w) => typeof w.heading === 'string' && w.heading.trim() === title) ??
        entries.find(
          (w) => typeof w.dek === 'string' && w.dek && shown.includes(w.dek.replace(/\s+/g, ' ').trim()),
        );
      const heading = typeof words?.heading === 'string' ? words.heading : String(ds.title ?? '');
      const dek = typeof words?.dek === 'string' ? words.dek : '';
      document.querySelector('.headline')!.textContent = heading;
      document.querySelector('.dek')!.textContent = dek;
      // The source line: the graphic's own source note (in its language, with the sources of
      // any outside knowledge it marks), which the frame moves to its foot.
      const note = text(root.querySelector('[part~="caption"]'));
      document.querySelector('.source')!.textContent = note || `Source: ${String(ds.source?.name ?? '')}`;

      // A frame of fixed height: the graphic is laid out in a box `zoom` times smaller than
      // the room the words leave, then scaled up to it, so its text reads at the frame's size.
      // Too tall, a map lowers its aspect ratio (its public knob; other graphics ignore it),
      // then a graphic is narrowed (its text keeps its size); what still does not fit is
      // scaled down. Centred both ways.
      const box = document.querySelector('.graphic')!;
      if (zoom === 0) return;
      const loading = () => !!root.querySelector('[data-kind="loading"]');
      const wait = (ms: number) => new Promise<void>((r) => g.setTimeout(r, ms));
      // Drawn again after a change: no loading state, and the same height twice running.
      const settle = async () => {
        let last = -1;
        for (let i = 0; i < 60; i++) {
          await new Promise<void>((r) => g.requestAnimationFrame(() => r()));
          await wait(50);
          const h = el.getBoundingClientRect().height;
          if (!loading() && Math.abs(h - last) < 0.5) return h;
          last = h;
        }
        return last;
      };
      const full = box.clientWidth / zoom;
      const room = box.clientHeight / zoom;
      let width = full;
      el.style.setProperty('width', `${width}px`);
      let height = await settle();
      const MAX_RATIO = 8;
      for (let ratio = 2, i = 0; height > room + 1 && ratio < MAX_RATIO && i < 4; i++) {
        const inverse = 1 / ratio - (height - room) / width;
        ratio = inverse > 1 / MAX_RATIO ? 1 / inverse : MAX_RATIO;
        el.style.setProperty('--nutgraf-map-aspect-ratio', String(ratio));
        const next = await settle();
        if (Math.abs(next - height) < 1) break;
        height = next;
      }
      for (let i = 0; height > room + 1 && width > full * 0.6 && i < 4; i++) {
        width = Math.max(full * 0.6, (width * room) / height);
        el.style.setProperty('width', `${width}px`);
        height = await settle();
      }
      const scale = zoom * Math.min(1, room / height);
      const x = (box.clientWidth - width * scale) / 2;
      const y = Math.max(0, (box.clientHeight - height * scale) / 2);
      el.style.setProperty('transform', `translate(${x}px, ${y}px) scale(${scale})`);
    },
    tag,
    dataset,
    SHADOW_CSS,
    size.zoom,
  );
  await page.waitForNetworkIdle({ idleTime: 300, timeout: DRAW_TIMEOUT_MS }).catch(() => undefined);
  const frame = await page.$('.frame');
  if (!frame) throw new CliError(`the frame page has no frame`, EXIT.CONTENT);
  await frame.screenshot({ path: file as `${string}.png` });
}
