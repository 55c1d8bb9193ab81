/**
 * The seeded force simulation. The same input gives the same positions on every load
 * and every machine: initial positions and the forces' jiggle come from a seeded LCG
 * (integer arithmetic), no trigonometry is involved, and the simulation runs a fixed
 * number of ticks rather than for a time.
 *
 * The work comes in **steps** of a bounded size ({@link ForceLayout.step}), counted in units
 * (a link pulled, a body put in a tree, a quad visited, a body moved), never in time: every
 * pass stops after any item once the step's units are used and resumes there, so the caller
 * can yield to the page between steps even in the middle of a tick of a big graph. How the
 * work is cut into steps does not change the result.
 *
 * The forces are d3-force's, written out with only what the network uses: the tick loop (the
 * few lines of `forceSimulation.tick`), the link force (`forceLink` with one iteration, its
 * degree bias and jiggle), repulsion (`forceManyBody`) and collision (`forceCollide`), exact
 * pair by pair for small graphs (`exact-forces.ts`) or over d3-quadtree's tree, kept in typed
 * arrays (`tree.ts`), for big ones (`barnes-hut.ts`, `collide.ts`: O(n log n) per tick), and the
 * centring pull (forceX/forceY in two lines).
 *
 * @module
 */
import type { Bodies, Forces, Meter } from './bodies.js';
import { exactForces } from './exact-forces.js';
import { lcg } from './random.js';

/** What the simulation needs. */
export interface ForceInput {
  /** Number of nodes. */
  count: number;
  /** Pairs of node indices that attract, one after the other (pair k's ends at 2k and 2k + 1). */
  links: ArrayLike<number>;
  /** Radius each node keeps clear around itself (node plus room for its label). */
  radii: readonly number[];
  /**
   * Optional group (cluster) index per node, -1 for none: members are pulled together, and a
   * link within a group is as short as the two bodies' room allows.
   */
  clusters?: readonly number[];
  width: number;
  height: number;
  seed?: number;
  /**
   * Optional place per node in the box's px (`null`: free). A fixed node starts and stays
   * there: it pulls and pushes the others but does not move (d3's `fx`, `fy`).
   */
  fixed?: readonly ({ x: number; y: number } | null)[];
  /** With `fixed`: how far from the centre free nodes may go, across and down (the box less its margins). */
  bounds?: { x: number; y: number };
}

/** A running layout. */
export interface ForceLayout {
  /** Runs up to `steps` more steps of work, each of about {@link STEP_WORK} units. */
  step(steps: number): void;
  /** True when every tick has run. */
  readonly done: boolean;
  /** Ticks completed so far. */
  readonly ticks: number;
  /** Units of work done so far (see {@link STEP_WORK}). */
  readonly work: number;
  /** Current positions, centred on the origin. */
  positions(): { x: number; y: number }[];
}

/**
 * Units of work in one step. A step ends at the first item boundary once it has done this
 * many: a unit is a link pulled, a body put in a quadtree or moved, or a quad visited (~20 to
 * 50 ns each on a laptop), so a step is well under a millisecond and a graph of a few dozen
 * nodes lays out in a handful of steps.
 */
export const STEP_WORK = 4096;

/** Ticks for a graph of `count` nodes: fewer for big graphs, which converge well enough sooner. */
export function tickCount(count: number): number {
  return count > 400 ? 150 : count > 150 ? 220 : 300;
}

/**
 * Creates a seeded layout; nothing runs until {@link ForceLayout.step}. `forces` between
 * pairs of bodies: exact by default; pass the Barnes–Hut ones (`quadtreeForces` of
 * `big-graph.ts`) for big graphs.
 */
export function createForceLayout(input: ForceInput, forces: Forces = exactForces): ForceLayout {
  const { count, links, radii, width, height, seed = 1 } = input;
  const random = lcg(seed);
  const jiggle = () => (random() - 0.5) * 1e-6;
  const area = Math.max(1, width * height);
  const spacing = Math.max(18, Math.min(140, Math.sqrt(area / Math.max(1, count)) * 0.75));
  const spread = spacing * Math.sqrt(count) * 0.5;
  const numbers = () => new Float64Array(count);
  const bodies: Bodies = { x: numbers(), y: numbers(), vx: numbers(), vy: numbers() };
  const { x: bx, y: by, vx, vy } = bodies;
  // Fixed places, centred on the origin as the simulation is.
  const fixed = (input.fixed ?? []).map((p) => p && { x: p.x - width / 2, y: p.y - height / 2 });
  const bounds = input.fixed && input.bounds;
  for (let i = 0; i < count; i++) {
    const x = (random() - 0.5) * spread * 2;
    const y = (random() - 0.5) * spread * 2;
    const f = fixed[i];
    bx[i] = f ? f.x : x;
    by[i] = f ? f.y : y;
  }
  const totalTicks = tickCount(count);
  const alphaMin = 0.001;
  const alphaDecay = 1 - Math.pow(alphaMin, 1 / totalTicks);
  const velocityDecay = 0.6;
  const clusters = input.clusters ?? [];
  const degree = new Array<number>(count).fill(0);
  for (let end = 0; end < links.length; end++) {
    const at = links[end]!;
    // (A body out of range would read as no number and move every body to NaN: said instead.)
    if (degree[at] === undefined)
      throw new RangeError(`link ${end >> 1} ends at ${at}, not one of ${count} nodes`);
    degree[at]++;
  }
  const charge = -spacing * (count > 400 ? 0.9 : 1.4);
  const passes = count > 400 ? 1 : 2;
  const rMax = radii.reduce((a, b) => Math.max(a, b), 0);
  // Pull towards the centre (d3's forceX/forceY towards 0), more strongly across the short
  // side, so the picture takes the box's shape; and group members towards their group.
  const pull = 0.06 / Math.sqrt(Math.max(1, count / 60));
  const px = pull * Math.min(1.5, height / width);
  const py = pull * Math.min(1.5, width / height);
  // An actor with no relation feels only the others' push and that pull. On a big graph the
  // pull is weak, so it would come to rest far out (where the whole graph's push, count ×
  // charge over the distance, meets it), and the fitted view would shrink everything else to
  // keep it in. Pulled harder, it rests at about the rim of the others' first square instead.
  const lone = count > 400 ? Math.max(1, (count * -charge) / (spread * spread * pull)) : 1;
  const meter: Meter = { done: 0, due: 0 };
  let alpha = 1;
  let ticksDone = 0;

  function* ticks(): Generator<void, void, void> {
    for (; ticksDone < totalTicks; ticksDone++) {
      alpha += (0 - alpha) * alphaDecay;
      // Links pull their ends to a distance, the end with fewer links moving more (d3's forceLink).
      for (let end = 0; end < links.length;) {
        const s = links[end++]!;
        const t = links[end++]!;
        const bias = degree[s]! / (degree[s]! + degree[t]!);
        let x = bx[t]! + vx[t]! - bx[s]! - vx[s]! || jiggle();
        let y = by[t]! + vy[t]! - by[s]! - vy[s]! || jiggle();
        const l = Math.sqrt(x * x + y * y);
        const near = (clusters[s] ?? -1) >= 0 && clusters[s] === clusters[t];
        const k =
          ((l - ((near ? 0 : spacing * 0.6) + radii[s]! + radii[t]!)) / l) *
          alpha *
          (0.7 / Math.min(degree[s]!, degree[t]!));
        x *= k;
        y *= k;
        vx[t] -= x * bias;
        vy[t] -= y * bias;
        vx[s] += x * (1 - bias);
        vy[s] += y * (1 - bias);
        if (++meter.done >= meter.due) yield;
      }
      yield* forces.repel(bodies, charge, alpha, jiggle, meter);
      for (let pass = 0; pass < passes; pass++) yield* forces.collide(bodies, radii, rMax, jiggle, meter);
      const sums: { x: number; y: number; n: number }[] = [];
      for (let i = 0; i < count; i++) {
        const held = degree[i] ? alpha : alpha * lone;
        vx[i] -= bx[i]! * px * held;
        vy[i] -= by[i]! * py * held;
        const c = clusters[i] ?? -1;
        if (c >= 0) {
          const s = (sums[c] ??= { x: 0, y: 0, n: 0 });
          s.x += bx[i]!;
          s.y += by[i]!;
          s.n++;
        }
        if (++meter.done >= meter.due) yield;
      }
      // Group members towards their group's centre, then every body moves (d3's tick).
      for (let i = 0; i < count; i++) {
        const s = sums[clusters[i] ?? -1];
        if (s) {
          vx[i] += (s.x / s.n - bx[i]!) * alpha * 0.6;
          vy[i] += (s.y / s.n - by[i]!) * alpha * 0.6;
        }
        const f = fixed[i];
        if (f) {
          bx[i] = f.x;
          by[i] = f.y;
          vx[i] = vy[i] = 0;
        } else {
          bx[i] += vx[i] *= velocityDecay;
          by[i] += vy[i] *= velocityDecay;
          if (bounds) {
            bx[i] = Math.max(-bounds.x, Math.min(bounds.x, bx[i]!));
            by[i] = Math.max(-bounds.y, Math.min(bounds.y, by[i]!));
          }
        }
        if (++meter.done >= meter.due) yield;
      }
    }
  }
  const run = ticks();
  let done = false;
  return {
    step(steps: number): void {
      for (; steps-- > 0 && !done;) {
        meter.due = meter.done + STEP_WORK;
        done = !!run.next().done;
      }
    },
    get done() {
      return done;
    },
    get ticks() {
      return ticksDone;
    },
    get work() {
      return meter.done;
    },
    positions: () => Array.from(bx, (x, i) => ({ x, y: by[i]! })),
  };
}

/** Runs a layout to the end at once (tests, Node, small graphs). */
export function runForceLayout(input: ForceInput, forces?: Forces): { x: number; y: number }[] {
  const layout = createForceLayout(input, forces);
  layout.step(Infinity);
  return layout.positions();
}
