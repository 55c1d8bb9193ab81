/**
 * What the force simulation's passes share: the bodies they move, the meter that splits
 * their work into bounded steps (see `simulate.ts`), and the pair of forces between bodies.
 *
 * @module
 */

/** A node in the simulation: position, velocity, and its index in the input. */
export interface Body {
  index: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
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
  repel(bodies: readonly Body[], strength: number, alpha: number, jiggle: () => number, meter: Meter): Pass;
  collide(
    bodies: readonly Body[],
    radii: readonly number[],
    rMax: number,
    jiggle: () => number,
    meter: Meter,
  ): Pass;
}
