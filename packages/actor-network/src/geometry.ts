/**
 * Small geometry helpers: node shapes, curved directed edges with arrowheads, and padded
 * convex hulls. Pure; numbers rounded to 0.1 px so paths stay short and stable.
 *
 * @module
 */
import type { EntityKind } from '@nutgraf/core';

/** A point. */
export interface Point {
  x: number;
  y: number;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The symbol of each kind of entity; colour is never the only code. Institutions
 * (organisations and companies) are filled; countries, people and places are outlines.
 */
export const KIND_SYMBOL: Record<EntityKind, 'circle' | 'square' | 'diamond' | 'triangle' | 'box'> = {
  country: 'circle',
  person: 'square',
  organisation: 'diamond',
  company: 'box',
  place: 'triangle',
};

/** How far a node of `kind` reaches beyond the radius `r` (the corners of the larger shapes). */
export const rimOf = (kind: EntityKind, r: number): number => r + (KIND_SYMBOL[kind] === 'diamond' ? 2 : 0);

/**
 * An SVG path for a node of `kind`, about `r` in radius, centred on (`x`, `y`). The path starts
 * at an absolute point and goes on in relative steps, so a node needs no `transform`: a
 * thousand transformed groups cost the browser's compositor a frame on every repaint.
 */
export function nodeShape(kind: EntityKind, r: number, x = 0, y = 0): string {
  switch (KIND_SYMBOL[kind]) {
    case 'square': {
      const s = r1(r * 0.86);
      const c = r1(r * 0.3);
      const e = r1(2 * (s - c));
      return `M${r1(x - s + c)},${r1(y - s)}h${e}q${c},0 ${c},${c}v${e}q0,${c} ${-c},${c}h${-e}q${-c},0 ${-c},${-c}v${-e}q0,${-c} ${c},${-c}z`;
    }
    case 'box': {
      const s = r1(r * 0.9);
      return `M${r1(x - s)},${r1(y - s)}h${2 * s}v${2 * s}h${-2 * s}z`;
    }
    case 'diamond': {
      const s = r1(r * 1.2);
      return `M${r1(x)},${r1(y - s)}l${s},${s}l${-s},${s}l${-s},${-s}z`;
    }
    case 'triangle': {
      const s = r1(r * 1.1);
      const w = r1(s * 0.95);
      return `M${r1(x)},${r1(y - s)}l${w},${r1(s + s * 0.6)}h${r1(-2 * w)}z`;
    }
    default: {
      const s = r1(r);
      return `M${r1(x + s)},${r1(y)}a${s},${s} 0 1 1 ${-2 * s},0a${s},${s} 0 1 1 ${2 * s},0z`;
    }
  }
}

/** The geometry of one edge. */
export interface EdgeGeometry {
  /** The stroked line, ending at the arrowhead's base (at the node's rim when there is none). */
  d: string;
  /** Its mark: the filled arrowhead at the end, the × across the middle of a claim that did not happen, or nothing. */
  arrow: string;
  /** The middle of the curve (where a × or a type's marker goes). */
  mid: Point;
}

/** What an edge carries: an arrowhead at `b`, nothing (undirected), or a × at its middle (did not happen). */
export type EdgeMark = 'arrow' | 'none' | 'cross';

/** The unit vector from `p` towards `q`. */
export function unitVector(p: Point, q: Point): Point {
  const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  return { x: (q.x - p.x) / l, y: (q.y - p.y) / l };
}

/**
 * The control point of the quadratic curve from `a` to `b` that stands `bend` px to the side
 * at its middle (to the left of `a` → `b` for a positive bend; the middle when `bend` is 0).
 */
export function bendControl(a: Point, b: Point, bend: number): Point {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Twice the bend at the control point reaches `bend` at the middle of the curve.
  return {
    x: (a.x + b.x) / 2 - ((b.y - a.y) / len) * bend * 2,
    y: (a.y + b.y) / 2 + ((b.x - a.x) / len) * bend * 2,
  };
}

/** The middle of the quadratic curve from `a` to `b` through control point `c`. */
export function curveMiddle(a: Point, b: Point, c: Point): Point {
  return { x: (a.x + b.x) / 4 + c.x / 2, y: (a.y + b.y) / 4 + c.y / 2 };
}

/**
 * An edge from `a` to `b` between node outlines of radius `ra`, `rb`. `bend` curves it
 * sideways (px at the middle), so parallel and reciprocal edges stay apart. `mark` says what
 * it carries: an arrowhead of `size` at `b`, nothing, or a × of `size` across its middle.
 */
export function edgeGeometry(
  a: Point,
  b: Point,
  ra: number,
  rb: number,
  bend: number,
  size = 7,
  mark: EdgeMark = 'arrow',
): EdgeGeometry {
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const c = bendControl(a, b, bend);
  const us = unitVector(a, c);
  const ue = unitVector(c, b);
  const start = { x: a.x + us.x * (ra + 1), y: a.y + us.y * (ra + 1) };
  const tip = { x: b.x - ue.x * (rb + 1.5), y: b.y - ue.y * (rb + 1.5) };
  size = Math.min(size, len / 3);
  let arrow = '';
  let end = tip;
  const middle = curveMiddle(a, b, c);
  const mid = { x: r1(middle.x), y: r1(middle.y) };
  if (mark === 'arrow') {
    end = { x: tip.x - ue.x * size, y: tip.y - ue.y * size };
    const w = size * 0.55;
    arrow = `M${r1(tip.x)},${r1(tip.y)}L${r1(end.x - ue.y * w)},${r1(end.y + ue.x * w)}L${r1(end.x + ue.y * w)},${r1(end.y - ue.x * w)}Z`;
  } else if (mark === 'cross') {
    // An upright × at the middle of the curve.
    const h = r1(size / 2);
    arrow = `M${r1(mid.x - h)},${r1(mid.y - h)}l${2 * h},${2 * h}m0,${-2 * h}l${-2 * h},${2 * h}`;
  }
  const d =
    bend === 0
      ? `M${r1(start.x)},${r1(start.y)}L${r1(end.x)},${r1(end.y)}`
      : `M${r1(start.x)},${r1(start.y)}Q${r1(c.x)},${r1(c.y)} ${r1(end.x)},${r1(end.y)}`;
  return { d, arrow, mid };
}

/**
 * The curve {@link edgeGeometry} draws from `a` to `b` with `bend`, as a polyline of `steps`
 * segments (centre to centre), for tests of what it crosses.
 */
export function edgePolyline(a: Point, b: Point, bend: number, steps = 4): Point[] {
  if (!bend) return [a, b];
  const c = bendControl(a, b, bend);
  const out: Point[] = [];
  for (let k = 0; k <= steps; k++) {
    const t = k / steps;
    const u = 1 - t;
    out.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return out;
}

/** The convex hull of points (monotone chain), counter-clockwise. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  // One half of the hull (lower, then upper on the reversed points), without its last point.
  const half = (pts: Point[]) => {
    const h: Point[] = [];
    for (const pt of pts) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, pt) <= 0) h.pop();
      h.push(pt);
    }
    h.pop();
    return h;
  };
  return half(p).concat(half(p.reverse()));
}

// Unit vectors of a regular 12-gon: a quarter turn and its three rotations by 90° (no
// trigonometry at run time: exact same numbers everywhere; the hull does not depend on order).
const RING = [
  [1, 0],
  [0.866, 0.5],
  [0.5, 0.866],
].flatMap(([x, y]) => [
  [x!, y!],
  [-y!, x!],
  [-x!, -y!],
  [y!, -x!],
]);

/** A hull around `points`, padded by `pad` px, as a closed SVG path. */
export function paddedHull(points: readonly Point[], pad: number): string {
  const ring: Point[] = [];
  for (const pt of points) for (const [ux, uy] of RING) ring.push({ x: pt.x + ux * pad, y: pt.y + uy * pad });
  const hull = convexHull(ring);
  return hull.length ? `M${hull.map((h) => `${r1(h.x)},${r1(h.y)}`).join('L')}Z` : '';
}
