/**
 * What the force simulation's passes share: the bodies they move, the meter that splits
 * their work into bounded steps (see `simulate.ts`), and the pair of forces between bodies.
 *
 * @module
 */

/**
 * The bodies of a simulation: body i's position and velocity at index i of each array. Typed
 * arrays rather than an object per body: a number kept in an object's field is a box of its own
 * in V8, so every read of a position went through a pointer to a box somewhere in the heap; the
 * arrays keep the numbers side by side, and a pass that meets the bodies in spatial order finds
 * the next one's numbers near the last one's.
 */
export interface Bodies {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
}

/**
 * Units of work done (a link pulled, a body put in a tree or moved, a quad of a tree visited)
 * and the count at which the running step ends. A pass checks it between two items and yields
 * once `done` reaches `due`, so a step never runs further than the item in progress.
 */
export interface Meter {
  done: number;
  due: number;
}

/** A pass over the bodies that stops whenever the meter says so and resumes there. */
export type Pass = Generator<void, void, void>;

/**
 * The forces between every pair of bodies: repulsion (`strength` negative, times `alpha`, over
 * distance) and collision of the circles each body keeps clear. `exact-forces.ts` computes them
 * pair by pair for small graphs; big graphs use the Barnes–Hut and quadtree versions
 * (`barnes-hut.ts`, `collide.ts`), loaded with the big-graph code.
 */
export interface Forces {
  repel(bodies: Bodies, strength: number, alpha: number, jiggle: () => number, meter: Meter): Pass;
  collide(bodies: Bodies, radii: readonly number[], rMax: number, jiggle: () => number, meter: Meter): Pass;
}
