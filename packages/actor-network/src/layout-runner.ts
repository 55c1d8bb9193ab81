/**
 * Where a big graph's layout runs: in a module worker (`layout-worker.ts`) loaded from the
 * package's own origin, so the page's main thread stays free; or, where no worker can start
 * (no `Worker`, a CSP or Trusted Types policy that refuses it, a page on `file://`, a bundle on
 * another origin), on the main thread in slices (`slices.ts`), each cut between two bounded
 * steps of the simulation, so even a tick of a 20,000-node graph is spread over tasks.
 * Both run the same seeded simulation and give the same positions.
 *
 * While the worker runs, it hands over the positions so far at most every {@link PROGRESS_MS}
 * (longer for bigger graphs; none when the reader prefers reduced motion), fitted and made into
 * dots there (layout-worker.ts), then the settled ones; in slices, only the settled ones come
 * (drawing early positions would cost the main thread what the slices spare).
 *
 * @module
 */
import { inSteps } from '@nutgraf/core';
import { repel } from './barnes-hut.js';
import type { Forces } from './bodies.js';
import { collide } from './collide.js';
import { fitPositions } from './fit.js';
import type { Point } from './geometry.js';
import type { Frame, LayoutReply, LayoutRequest } from './layout-worker.js';
import type { ForceInput } from './simulate.js';
import type { DrawPositions } from './slices.js';
import { inSlices } from './slices.js';
import { Worker } from './worker.js';

/** Least time between two drawings of intermediate positions (of graphs up to 2,000 nodes). */
export const PROGRESS_MS = 100;
/** Repulsion (Barnes–Hut) and collision over a quadtree (`tree.ts`): O(n log n) per tick, for big graphs. */
export const quadtreeForces: Forces = { repel, collide };

/** True when the reader asked for reduced motion. */
const reducedMotion = () => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Positions from x, y pairs, made a few thousand at a time (see `runLayout`). */
function* points(pairs: Float64Array): Generator<void, Point[], void> {
  const out: Point[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    out.push({ x: pairs[i]!, y: pairs[i + 1]! });
    if (i % 4096 === 4094) yield;
  }
  return out;
}

/**
 * What to do with the positions so far: the frame to fit them in, and what takes them, as the
 * numbers of a path of dots (sketch.ts's `squares`) in that frame's units.
 */
export interface Early {
  frame: Frame;
  draw: (dots: Float64Array) => void;
}

/**
 * Lays out a big graph (Barnes–Hut and quadtree collision) in a worker, or in slices on the
 * main thread where no worker starts. `draw` gets the settled positions: with `early`, fitted
 * into its frame (by the worker, and turned into points in slices, so that no one task makes
 * 20,000 objects), else centred on the origin, as `createForceLayout` gives them; `early`, if
 * given, also gets the positions so far from the worker; `fail` what went wrong if the layout
 * raised an error. Returns a function that stops the layout (and ends the worker); nothing is
 * called after it.
 */
export function runLayout(
  input: ForceInput,
  draw: DrawPositions,
  fail: (reason: string) => void,
  early?: Early,
): () => void {
  // The early positions are rarer for bigger graphs (every 100 ms up to 2,000 nodes, every
  // second at 20,000): each drawing of them costs the worker that draws a frame's time.
  const progress = early && !reducedMotion() ? Math.max(PROGRESS_MS, input.count / 20) : 0;
  let worker: Worker | undefined;
  let stopSlices: (() => void) | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    stopSlices?.();
  };
  // Where no worker lays out: in slices, the settled positions fitted here.
  const here = () =>
    (stopSlices = inSlices(
      input,
      (raw) =>
        draw(
          early
            ? fitPositions(raw, early.frame.width, early.frame.height, early.frame.sizes, input.fixed)
            : raw,
        ),
      quadtreeForces,
    ));
  try {
    worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
    if (!worker) return;
    if ('error' in data) {
      stop();
      fail(data.error);
      return;
    }
    if ('dots' in data) return early?.draw(data.dots);
    stop();
    stopSlices = inSteps(points(data.positions), draw);
  };
  // The worker could not start (its file did not load or run): lay out here instead.
  worker.onerror = (event) => {
    event.preventDefault();
    if (!worker) return;
    stop();
    here();
  };
  // Copies, handed over to the worker: the graph keeps its own.
  const links = new Uint32Array(input.links);
  const radii = Float64Array.from(input.radii);
  const clusters = Int32Array.from(input.clusters ?? []);
  const request: LayoutRequest = {
    input: { ...input, links, radii, clusters },
    forces: 'quadtree',
    progress,
    frame: early?.frame,
  };
  worker.postMessage(request, [links.buffer, radii.buffer, clusters.buffer]);
  return stop;
}
