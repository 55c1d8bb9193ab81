/**
 * The frames `nutgraf render` draws a graphic in, and the page that holds one: a headline,
 * a dek, the graphic filling the rest of the frame, and a source line. The page carries no
 * words of its own; the words are set as text from the dataset once the page has loaded.
 *
 * @module
 */

/** The frames, by name. */
export const FRAMES = ['social', 'square', 'print'] as const;
export type FrameName = (typeof FRAMES)[number];

/** CSS pixels per millimetre (96 per inch). */
const PX_PER_MM = 96 / 25.4;
/** Print is drawn at 300 dots per inch. */
export const PRINT_DPI = 300;

/** One frame's size in CSS pixels (`height` undefined: as the graphic needs) and its pixel ratio. */
export interface FrameSize {
  /** A frame, or the bare page a no-JavaScript fallback is drawn in. */
  name: FrameName | 'fallback';
  width: number;
  height: number | undefined;
  scale: number;
  /** How much larger than its own size the graphic is drawn in a frame of fixed height (0: as is). */
  zoom: number;
  print: boolean;
}

/**
 * @param name the frame
 * @param printWidthMm the width of a print column, in millimetres
 */
export function frameSize(name: FrameName, printWidthMm: number): FrameSize {
  if (name === 'social') return { name, width: 1200, height: 675, scale: 1, zoom: 1, print: false };
  if (name === 'square') return { name, width: 1080, height: 1080, scale: 1, zoom: 1.25, print: false };
  return {
    name,
    width: Math.round(printWidthMm * PX_PER_MM * 100) / 100,
    height: undefined,
    scale: PRINT_DPI / 96,
    zoom: 0,
    print: true,
  };
}

/** The page a fallback is drawn in: the graphic alone, `width` CSS pixels wide, as tall as it needs. */
export function fallbackSize(width: number): FrameSize {
  return { name: 'fallback', width, height: undefined, scale: 1, zoom: 0, print: false };
}

/** The width of a print frame in millimetres, from its width in CSS pixels. */
export function millimetres(px: number): number {
  return px / PX_PER_MM;
}

/**
 * Styles of the frame page. Inside the graphic, what a still frame has no use for is hidden
 * by its parts: the component's own title, dek and summary (the frame sets its own), its
 * data-table disclosure and its source note (the frame's source line replaces it).
 */
const PAGE_CSS = `
html, body { margin: 0; padding: 0; background: #fff; }
body { font-family: var(--nutgraf-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif); color: #111; }
.frame {
  box-sizing: border-box; display: flex; flex-direction: column; overflow: hidden;
  background: #fff; padding: var(--pad); --pad: 36px; gap: 10px;
}
.frame[data-frame='print'] { --pad: 0px; gap: 6px; }
.frame[data-frame='fallback'] { --pad: 0px; gap: 0; }
.frame[data-frame='fallback'] > :not(.graphic) { display: none; }
/* Print: the palette's greys (slightly blue on screen) as neutral greys, which print with
   black ink alone, and its text black (as the graphics' own print styles); the frame's own
   greys are neutral already. Colours stay; certainty stays drawn as dashes and hatching. */
.frame[data-frame='print'] .graphic > * {
  --nutgraf-color-text: #000; --nutgraf-color-text-muted: #5b5b5b; --nutgraf-color-surface: #f4f4f4;
  --nutgraf-color-land: #e4e4e4; --nutgraf-color-rule: #d4d4d4; --nutgraf-color-neutral: #8b8b8b;
}
.headline { margin: 0; font-size: 40px; line-height: 1.12; font-weight: 700; letter-spacing: -0.01em; }
.frame[data-frame='square'] .headline { font-size: 48px; }
.frame[data-frame='print'] .headline { font-size: 19px; line-height: 1.2; }
.dek { margin: 0; font-size: 21px; line-height: 1.35; color: #444; max-width: 62em; }
.frame[data-frame='square'] .dek { font-size: 24px; }
.frame[data-frame='print'] .dek { font-size: 13px; line-height: 1.35; color: #222; }
.dek:empty { display: none; }
.graphic { position: relative; flex: 1 1 auto; min-height: 0; overflow: hidden; margin-top: 6px; }
.frame[data-frame='print'] .graphic { flex: none; overflow: visible; }
.frame[data-frame='fallback'] .graphic { flex: none; overflow: visible; margin: 0; }
.graphic > * { display: block; transform-origin: top left; }
.source { margin: 0; font-size: 16px; color: #555; border-top: 1px solid #ccc; padding-top: 8px; }
.frame[data-frame='print'] .source { font-size: 10px; color: #333; padding-top: 4px; }
.graphic ::part(title), .graphic ::part(dek), .graphic ::part(summary),
.graphic ::part(table), .graphic ::part(caption), .graphic ::part(tooltip) { display: none; }
`;

/**
 * What a still picture leaves out of the graphic: its words (the frame, or the fallback's
 * text, has its own), its controls and what comes after it.
 */
export const SKIP = [
  '[part~="title"]',
  '[part~="dek"]',
  '[part~="summary"]',
  '#title',
  '.title',
  '.dek',
  '.summary',
  '[part~="table"]',
  '[part~="caption"]',
  '[part~="tooltip"]',
  '.head',
  '.toolbar',
  '.zoom',
  '.key-hint',
  '.after',
  '.source-note',
  '.visually-hidden',
];

/**
 * Styles added inside the component's shadow root, for what has no part: its heading block,
 * its controls (toolbar, zoom buttons, keyboard hint) and what comes after the graphic
 * (tooltip panel, data table). Collapsed in place rather than removed, so a graphic laid out
 * as a grid keeps every other piece in its own row.
 */
export const SHADOW_CSS = `
.head, .title, .within, .frame > .summary, .dek, .toolbar, .zoom, .key-hint, .after,
details.data-table, .source-note {
  visibility: hidden !important; height: 0 !important; min-height: 0 !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: hidden !important;
}
`;

/** The frame page: loads the drop-in bundle and its stylesheet from the server's root. */
export function framePage(frame: FrameSize): string {
  const width = `${frame.width}px`;
  const height = frame.height === undefined ? 'auto' : `${frame.height}px`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>nutgraf frame</title>
<link rel="stylesheet" href="/nutgraf.css">
<style>${PAGE_CSS}
.frame { width: ${width}; height: ${height}; }
</style>
<script type="module" src="/nutgraf.js"></script>
</head>
<body>
<figure class="frame" data-frame="${frame.name}">
<h1 class="headline" dir="auto"></h1>
<p class="dek" dir="auto"></p>
<div class="graphic"></div>
<p class="source" dir="auto"></p>
</figure>
</body>
</html>
`;
}
