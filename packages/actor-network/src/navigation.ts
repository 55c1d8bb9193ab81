/**
 * Keyboard navigation between nodes: an arrow key moves to the spatially nearest node
 * in that direction (within a 45° cone first, else the half plane), so the keys follow
 * the picture. Pure.
 *
 * @module
 */
import type { Point } from './geometry.js';

const DIRS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** True for the four arrow keys. */
export function isArrowKey(key: string): boolean {
  return key in DIRS;
}

/**
 * The index of the node nearest to `points[from]` in the direction of `key`, or `null`
 * when there is none that way.
 */
export function nearestInDirection(points: readonly Point[], from: number, key: string): number | null {
  const dir = DIRS[key];
  const origin = points[from];
  if (!dir || !origin) return null;
  let best: number | null = null;
  let bestScore = Infinity;
  let bestInCone = false;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 0) return;
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    const inCone = across <= along;
    const score = along + across * 2;
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = i;
      bestScore = score;
      bestInCone = inCone;
    }
  });
  return best;
}
