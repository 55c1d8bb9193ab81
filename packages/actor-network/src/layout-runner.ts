/**
 * Where a big graph's layout runs: in a module worker (`layout-worker.ts`) loaded from the
 * package's own origin, so the page's main thread stays free; or, where no worker can start
 * (no `Worker`, a CSP or Trusted Types policy that refuses it, a page on `file://`, a bundle on
 * another origin), on the main thread in slices (`slices.ts`), each cut between two bounded
 * steps of the simulation, so even a tick of a 20,000-node graph is spread over tasks.
 * Both run the same seeded simulation and give the same positions.
 *
 * While the worker runs, it hands over intermediate positions at most every {@link PROGRESS_MS}
 * (longer for bigger graphs; none when the reader prefers reduced motion), then the settled ones; in slices, only the
 * settled ones come (drawing early positions would cost the main thread what the slices spare).
 *
 * @module
 */
import { repel } from './barnes-hut.js';
import type { Forces } from './bodies.js';
import { collide } from './collide.js';
import type { Point } from './geometry.js';
import type { LayoutReply, LayoutRequest } from './layout-worker.js';
import type { ForceInput } from './simulate.js';
import type { DrawPositions } from './slices.js';
import { inSlices } from './slices.js';
import { Worker } from './worker.js';

/** Least time between two drawings of intermediate positions (of graphs up to 2,000 nodes). */
export const PROGRESS_MS = 100;
/** Repulsion (Barnes–Hut) and collision over d3-quadtree: O(n log n) per tick, for big graphs. */
export const quadtreeForces: Forces = { repel, collide };

/** True when the reader asked for reduced motion. */
const reducedMotion = () => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Positions from x, y pairs. */
const points = (pairs: Float64Array): Point[] =>
  Array.from({ length: pairs.length / 2 }, (_, i) => ({ x: pairs[2 * i]!, y: pairs[2 * i + 1]! }));

/**
 * Lays out a big graph (Barnes–Hut and quadtree collision) in a worker, or in slices on the
 * main thread where no worker starts. `draw` gets the positions (centred on the origin, as
 * `createForceLayout` gives them); `fail` what went wrong if the layout raised an error. Returns a function
 * that stops the layout (and ends the worker); nothing is called after it.
 */
export function runLayout(
  input: ForceInput,
  draw: DrawPositions,
  fail: (reason: string) => void,
): () => void {
  // Each drawing of early positions costs the main thread time that grows with the graph: the
  // bigger the graph, the rarer (every 100 ms up to 2,000 nodes, every second at 20,000).
  const progress = reducedMotion() ? 0 : Math.max(PROGRESS_MS, input.count / 20);
  let worker: Worker | undefined;
  let stopSlices: (() => void) | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    stopSlices?.();
  };
  try {
    worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return (stopSlices = inSlices(input, draw, quadtreeForces));
  }
  worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
    if (!worker) return;
    if ('error' in data) {
      stop();
      fail(data.error);
      return;
    }
    if (data.settled) stop();
    draw(points(data.positions), data.settled);
  };
  // The worker could not start (its file did not load or run): lay out here instead.
  worker.onerror = (event) => {
    event.preventDefault();
    if (!worker) return;
    stop();
    stopSlices = inSlices(input, draw, quadtreeForces);
  };
  const links = new Uint32Array(2 * input.links.length);
  input.links.forEach(([a, b], i) => ((links[2 * i] = a), (links[2 * i + 1] = b)));
  worker.postMessage({ input: { ...input, links }, forces: 'quadtree', progress } satisfies LayoutRequest, [
    links.buffer,
  ]);
  return stop;
}
