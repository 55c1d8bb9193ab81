/// <reference lib="dom" />
/**
 * Draws one graphic in a render page (frame-page.ts) in headless Chromium: the live
 * component, from the nutgraf package's bundle, with the dataset as its `data`; then the
 * frame's words; then, in a frame of fixed height, fitted to it. What is drawn is then taken
 * as a PNG, an SVG (snapshot.ts) or a no-JavaScript fallback (fallback.ts).
 *
 * The callbacks of `page.evaluate` run in the page.
 *
 * @module
 */

import type { Page } from 'puppeteer-core';
import { CliError, EXIT, messageOf } from '../errors.js';
import { SHADOW_CSS } from './frame-page.js';
import type { FrameSize } from './frame-page.js';

/** How long a graphic may take to draw. */
export const DRAW_TIMEOUT_MS = 30_000;

/** The element, as the page sees it (`data` is the components' public property). */
type Graphic = HTMLElement & { data?: unknown };

/** Loads the render page at `url` and draws `tag` with `dataset` in it, in the frame `size`. */
export async function drawGraphic(
  page: Page,
  url: string,
  tag: string,
  size: FrameSize,
  dataset: unknown,
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
      // The frame's words are the dataset's, in its language (the graphic's own follow).
      const language = (dataset as { source?: { language?: unknown } }).source?.language;
      if (typeof language === 'string' && language) document.documentElement.setAttribute('lang', language);
      await customElements.whenDefined(tag);
      const el = document.createElement(tag) as Graphic;
      el.setAttribute('theme', 'light');
      el.data = dataset;
      document.querySelector('.graphic')!.append(el);
    },
    tag,
    dataset,
  );
  try {
    await page.waitForFunction(
      (tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[part~="svg"], [role="alert"]'),
      { timeout: DRAW_TIMEOUT_MS, polling: 100 },
      tag,
    );
  } catch {
    throw new CliError(
      `<${tag}> did not draw within ${DRAW_TIMEOUT_MS / 1000} s${problems.length ? `: ${problems.join('; ')}` : ''}`,
      EXIT.CONTENT,
    );
  }
  const alert = await page.evaluate(
    (tag) =>
      document
        .querySelector(tag)
        ?.shadowRoot?.querySelector('[role="alert"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    tag,
  );
  if (alert !== undefined) throw new CliError(`<${tag}> cannot draw it: ${alert}`, EXIT.CONTENT);
}

/**
 * Opens the graphic's data-table disclosures, so their tables are built (their code loads on
 * the first opening), and waits for the tables.
 */
export async function openTables(page: Page, tag: string): Promise<void> {
  const count = await page.evaluate((tag) => {
    const all = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('details.data-table') ?? [])];
    for (const d of all) (d as HTMLDetailsElement).open = true;
    return all.length;
  }, tag);
  if (!count) return;
  try {
    await page.waitForFunction(
      (tag) =>
        [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('details.data-table') ?? [])].every(
          (d) => d.querySelector('table'),
        ),
      { timeout: DRAW_TIMEOUT_MS, polling: 100 },
      tag,
    );
  } catch {
    throw new CliError(
      `<${tag}>: its data table did not load within ${DRAW_TIMEOUT_MS / 1000} s`,
      EXIT.CONTENT,
    );
  }
}

/**
 * Drawn: the frame's words go in, what a still image has no use for goes, then the graphic
 * fits the frame.
 */
export async function frameGraphic(
  page: Page,
  tag: string,
  size: FrameSize,
  dataset: unknown,
): Promise<void> {
  await page.evaluate(
    async (tag, dataset, css, zoom) => {
      const el = document.querySelector(tag) as HTMLElement;
      const root = el.shadowRoot!;
      const sheet = new CSSStyleSheet();
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
      const text = (n: Node | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
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
      const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
      // Drawn again after a change: no loading state, and the same height twice running.
      const settle = async () => {
        let last = -1;
        for (let i = 0; i < 60; i++) {
          await new Promise<void>((r) => requestAnimationFrame(() => r()));
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
}
