/**
 * Repulsion and collision computed pair by pair: O(n²) per tick, exact, and no code to load.
 * For the few dozen actors of a story this is as fast as the Barnes–Hut approximation and
 * costs the page none of the quadtree's bytes; graphs over `LARGE_GRAPH` nodes use
 * `barnes-hut.ts` and `collide.ts` instead (see docs/decisions/0301). The arithmetic is that
 * of their leaves, so both give the same picture up to the approximation.
 *
 * @module
 */
import type { Body, Forces, Meter, Pass } from './bodies.js';

export const exactForces: Forces = {
  *repel(bodies: readonly Body[], strength: number, alpha: number, jiggle: () => number, meter: Meter): Pass {
    const k = strength * alpha;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i]!;
      for (let j = i + 1; j < bodies.length; j++) {
        const b = bodies[j]!;
        let x = b.x - a.x;
        let y = b.y - a.y;
        let l = x * x + y * y;
        // Two bodies at one spot: a tiny seeded offset, as in the Barnes–Hut leaves.
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        if (l < 1) l = Math.sqrt(l);
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
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
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
