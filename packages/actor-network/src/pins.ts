/**
 * Pinned node places (`presentation.network.positions`): an editor's `[x, y]` per entity id,
 * each a fraction (0 to 1) of the frame's width and height inside the margins the layout keeps,
 * so a pin holds at any size. Here they become places in px for the layout, and places in px
 * become fractions again (rounded to 3 decimals) for an editor to copy into the dataset.
 *
 * @module
 */
import type { NetworkPositions } from '@nutgraf/core';
import type { Point } from './geometry.js';

/** What the margins depend on (see `metrics` in layout.ts). */
export interface Sizes {
  large: boolean;
  r: number;
  labelHeight: number;
}

/** The margins the layout keeps around the nodes, in px: `x` left and right, `y` top and bottom. */
export function margins(width: number, m: Sizes): Point {
  return { x: m.r + (m.large ? 4 : Math.min(40, width * 0.08)), y: m.r + m.labelHeight + 4 };
}

/** The place in px of a pin `[x, y]` in a frame of `width` × `height`. */
export function pinPoint(
  [fx, fy]: readonly [number, number],
  width: number,
  height: number,
  m: Sizes,
): Point {
  const pad = margins(width, m);
  // Rounded to 0.1 px, as the layout's other places are.
  const at = (f: number, pad: number, size: number) =>
    Math.round((pad + f * Math.max(1, size - 2 * pad)) * 10) / 10;
  return { x: at(fx, pad.x, width), y: at(fy, pad.y, height) };
}

/** The pin `[x, y]` (fractions, 3 decimals, 0 to 1) of a place in px. */
export function pinOf(p: Point, width: number, height: number, m: Sizes): [number, number] {
  const pad = margins(width, m);
  const f = (v: number, pad: number, size: number) =>
    Math.round(Math.min(1, Math.max(0, (v - pad) / Math.max(1, size - 2 * pad))) * 1000) / 1000;
  return [f(p.x, pad.x, width), f(p.y, pad.y, height)];
}

/** Each node's pinned place in px (`null`: free), or `undefined` when no node is pinned. */
export function pinnedPlaces(
  ids: readonly string[],
  pins: NetworkPositions | undefined,
  width: number,
  height: number,
  m: Sizes,
): (Point | null)[] | undefined {
  if (!pins) return undefined;
  const places = ids.map((id) => {
    const pin = Object.hasOwn(pins, id) ? pins[id] : undefined;
    return pin ? pinPoint(pin, width, height, m) : null;
  });
  return places.some(Boolean) ? places : undefined;
}
