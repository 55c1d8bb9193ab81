// Shared by the accessibility tests: mounting the three components, reading colours as the
// browser paints them, and WCAG contrast.
import { aTimeout, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';

export const TAGS = ['alliance-map', 'share-donut', 'actor-network'] as const;
export type Tag = (typeof TAGS)[number];

/** What shows that each component has drawn. */
const DRAWN: Record<Tag, string> = {
  'alliance-map': 'svg .country[data-index]',
  'share-donut': '.slice',
  'actor-network': 'svg.chart .node',
};

/** Waits until `el` (one of TAGS) has drawn its marks and settled. */
export async function drawn(el: HTMLElement, timeout = 10000): Promise<void> {
  const tag = el.localName as Tag;
  const deadline = performance.now() + timeout;
  const busy = () =>
    !el.shadowRoot?.querySelector(DRAWN[tag]) || (el as unknown as { layoutRunning?: boolean }).layoutRunning;
  while (busy() && performance.now() < deadline) await aTimeout(30);
  if (busy()) throw new Error(`<${tag}> did not draw within ${timeout} ms`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await aTimeout(50);
}

/** Mounts a template in a box `width` px wide (or the page's width) and waits for every component in it. */
export async function mount(template: TemplateResult, width?: number): Promise<HTMLElement[]> {
  const wrap = await fixture<HTMLDivElement>(
    width ? html`<div style="width:${width}px">${template}</div>` : html`<div>${template}</div>`,
  );
  const els = [...wrap.querySelectorAll<HTMLElement>(TAGS.join(','))];
  for (const el of els) await drawn(el);
  return els;
}

export type RGBA = [number, number, number, number];

const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
  willReadFrequently: true,
})!;

/** Any computed CSS colour (rgb(), color(srgb …), a name) as 0–255 sRGB and alpha 0–1, as painted. */
export function rgba(css: string): RGBA {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted with `opacity` over the opaque `under`. */
export function over(top: RGBA, under: RGBA, opacity = 1): RGBA {
  const a = top[3] * opacity;
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as RGBA;
}

const channel = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The product of the opacities of `el` and its ancestors inside its shadow root. */
export function opacityOf(el: Element): number {
  let o = 1;
  for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
  return o;
}

/** A colour as hex, for messages. */
export const hex = ([r, g, b]: RGBA) =>
  `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
