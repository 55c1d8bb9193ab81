/**
 * Repulsion and collision computed pair by pair: O(n²) per tick, exact, and no code to load.
 * For the few dozen actors of a story this is as fast as the Barnes–Hut approximation and
 * costs the page none of the quadtree's bytes; graphs over `LARGE_GRAPH` nodes use
 * `barnes-hut.ts` and `collide.ts` instead (see docs/decisions/0301). The arithmetic is that
 * of their leaves, so both give the same picture up to the approximation.
 *
 * @module
 */
import type { Bodies, Forces, Meter, Pass } from './bodies.js';

export const exactForces: Forces = {
  *repel(
    { x: bx, y: by, vx, vy }: Bodies,
    strength: number,
    alpha: number,
    jiggle: () => number,
    meter: Meter,
  ): Pass {
    const k = strength * alpha;
    const n = bx.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let x = bx[j]! - bx[i]!;
        let y = by[j]! - by[i]!;
        let l = x * x + y * y;
        // Two bodies at one spot: a tiny seeded offset, as in the Barnes–Hut leaves.
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        if (l < 1) l = Math.sqrt(l);
        const w = k / l;
        vx[i] += x * w;
        vy[i] += y * w;
        vx[j] -= x * w;
        vy[j] -= y * w;
      }
      meter.done += n - i;
      if (meter.done >= meter.due) yield;
    }
  },

  *collide(
    { x: bx, y: by, vx, vy }: Bodies,
    radii: readonly number[],
    _rMax: number,
    jiggle: () => number,
    meter: Meter,
  ): Pass {
    const n = bx.length;
    for (let i = 0; i < n; i++) {
      const ri = radii[i]!;
      const xi = bx[i]! + vx[i]!;
      const yi = by[i]! + vy[i]!;
      for (let j = i + 1; j < n; j++) {
        const rj = radii[j]!;
        const r = ri + rj;
        let x = xi - bx[j]! - vx[j]!;
        let y = yi - by[j]! - vy[j]!;
        let l = x * x + y * y;
        if (l >= r * r) continue;
        if (!x) l += (x = jiggle()) ** 2;
        if (!y) l += (y = jiggle()) ** 2;
        l = Math.sqrt(l);
        l = (r - l) / l;
        const w = (rj * rj) / (ri * ri + rj * rj);
        vx[i] += (x *= l) * w;
        vy[i] += (y *= l) * w;
        vx[j] -= x * (1 - w);
        vy[j] -= y * (1 - w);
      }
      meter.done += n - i;
      if (meter.done >= meter.due) yield;
    }
  },
};
