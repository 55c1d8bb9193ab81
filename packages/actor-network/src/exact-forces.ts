/**
 * Repulsion and collision computed pair by pair: O(n²) per tick, exact, and no code to load.
 * For the few dozen actors of a story this is as fast as the Barnes–Hut approximation and
 * costs the page none of d3-quadtree's bytes; graphs over `LARGE_GRAPH` nodes use
 * `barnes-hut.ts` and `collide.ts` instead (see docs/decisions/0301). The arithmetic is that
 * of their leaves, so both give the same picture up to the approximation.
 *
 * @module
 */
import type { Body, Forces, Meter, Pass } from './bodies.js';

/** Adds `jiggle()` to a zero offset (two bodies at one spot), returning the offset and its square. */
function apart(x: number, y: number, l: number, jiggle: () => number): [number, number, number] {
  if (!x) l += (x = jiggle()) ** 2;
  if (!y) l += (y = jiggle()) ** 2;
  return [x, y, l];
}

export const exactForces: Forces = {
  *repel(bodies: readonly Body[], strength: number, alpha: number, jiggle: () => number, meter: Meter): Pass {
    const k = strength * alpha;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i]!;
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const [x, y, l0] = apart(dx, dy, dx * dx + dy * dy, jiggle);
        const l = l0 < 1 ? Math.sqrt(l0) : l0;
        const w = k / l;
        a.vx += x * w;
        a.vy += y * w;
        b.vx -= x * w;
        b.vy -= y * w;
      }
      meter.done += bodies.length - i;
      if (meter.done >= meter.due) yield;
    }
  },

  *collide(
    bodies: readonly Body[],
    radii: readonly number[],
    _rMax: number,
    jiggle: () => number,
    meter: Meter,
  ): Pass {
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i]!;
      const ri = radii[a.index]!;
      const xi = a.x + a.vx;
      const yi = a.y + a.vy;
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j]!;
        const rj = radii[b.index]!;
        const r = ri + rj;
        let x = xi - b.x - b.vx;
        let y = yi - b.y - b.vy;
        let l = x * x + y * y;
        if (l >= r * r) continue;
        [x, y, l] = apart(x, y, l, jiggle);
        l = Math.sqrt(l);
        l = (r - l) / l;
        const w = (rj * rj) / (ri * ri + rj * rj);
        a.vx += (x *= l) * w;
        a.vy += (y *= l) * w;
        b.vx -= x * (1 - w);
        b.vy -= y * (1 - w);
      }
      meter.done += bodies.length - i;
      if (meter.done >= meter.due) yield;
    }
  },
};
