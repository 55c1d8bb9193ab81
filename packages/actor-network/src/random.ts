/**
 * Seeded randomness for the layout: the same seed gives the same numbers on every
 * machine (integer arithmetic only, no `Math.random`).
 *
 * @module
 */

/**
 * A linear congruential generator (the constants of Numerical Recipes) returning numbers
 * in [0, 1): the layout's initial positions and the jiggle of its forces.
 */
export function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a string, for seeds derived from ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
