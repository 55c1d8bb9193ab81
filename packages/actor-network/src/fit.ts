/**
 * A layout's positions fitted into the frame it is drawn in, inside the margins the layout keeps
 * (pins.ts). Here, and not in layout.ts, so that the network's worker (layout-worker.ts) fits a
 * big graph's early positions itself, with nothing else of the drawing model.
 *
 * @module
 */
import type { Point } from './geometry.js';
import type { Sizes } from './pins.js';
import { margins } from './pins.js';
import type { ForceInput } from './simulate.js';

/**
 * Scales simulation positions (centred on the origin) into the box, keeping a margin. With
 * `fixed` places (`ForceInput.fixed`), the layout was made at the box's scale: fixed nodes
 * stand exactly at their places, the others where they settled, kept inside the margins.
 */
export function fitPositions(
  raw: readonly Point[],
  width: number,
  height: number,
  m: Sizes,
  fixed?: ForceInput['fixed'],
): Point[] {
  if (!raw.length) return [];
  const { x: padX, y: padY } = margins(width, m);
  if (fixed) {
    const keep = (v: number, pad: number, size: number) =>
      Math.round(Math.min(size - pad, Math.max(pad, v + size / 2)) * 10) / 10;
    return raw.map((p, i) => fixed[i] ?? { x: keep(p.x, padX, width), y: keep(p.y, padY, height) });
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of raw) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  const w = Math.max(1, width - 2 * padX);
  const h = Math.max(1, height - 2 * padY);
  let sx = x1 - x0 > 0 ? w / (x1 - x0) : 1;
  let sy = y1 - y0 > 0 ? h / (y1 - y0) : 1;
  // Keep the picture's proportions roughly: stretch one axis at most 1.4 times the other.
  sx = Math.min(sx, sy * 1.4);
  sy = Math.min(sy, sx * 1.4);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return raw.map((p) => ({
    x: Math.round((width / 2 + (p.x - cx) * sx) * 10) / 10,
    y: Math.round((height / 2 + (p.y - cy) * sy) * 10) / 10,
  }));
}
