/**
 * The module worker that lays out a big graph off the page's main thread (started by
 * `layout-runner.ts`), and draws a big graph's canvases (started by `canvas-surface.ts`: the
 * sketches the page records, replayed on canvases handed over to it). As a layout, it runs the
 * same seeded simulation as the main thread (`createForceLayout` with the same forces), so the
 * same input gives the same positions bit for bit, and posts the settled positions (x, y pairs
 * in a `Float64Array`: as they are, or fitted into the `frame` the page gave, if any).
 * While it runs, at most every `progress` milliseconds (if `progress` is above 0), it posts the
 * positions so far as the page draws them, fitted into that frame and turned into the
 * numbers of a path of dots (`squares`): the page hands them on to the canvas that shows them,
 * with no work of its own per node.
 *
 * @module
 */
import { repel } from './barnes-hut.js';
import type { Forces } from './bodies.js';
import { collide } from './collide.js';
import { exactForces } from './exact-forces.js';
import { fitPositions } from './fit.js';
import type { Sizes } from './pins.js';
import type { DrawReply, DrawRequest } from './canvas-surface.js';
import type { ForceInput } from './simulate.js';
import { createForceLayout } from './simulate.js';
import { replay, squares } from './sketch.js';

/**
 * What the page sends: the simulation's input (pinned places in `input.fixed` too) with its
 * links as one array of index pairs (a, b, a, b, …) and its radii and clusters as typed arrays
 * (handed over, where tens of thousands of small arrays or numbers would be copied on the
 * page's main thread), which forces, the least time between two posts of intermediate
 * positions (0: none) and the frame they are drawn in (the box's size in px and the sizes its
 * margins and dots depend on).
 */
export interface LayoutRequest {
  input: Omit<ForceInput, 'links' | 'radii' | 'clusters'> & {
    links: Uint32Array;
    radii: Float64Array;
    clusters: Int32Array;
  };
  forces: 'exact' | 'quadtree';
  progress: number;
  frame?: Frame;
}

/**
 * The frame a big graph is drawn in, which the worker fits the positions into (the early ones
 * and the settled ones): its size in px, its margins' and dots' sizes.
 */
export interface Frame {
  width: number;
  height: number;
  sizes: Sizes;
}

/**
 * What the worker posts: the settled positions (x, y, x, y, …; fitted into the request's
 * `frame` if the page gave one, else as the simulation gives them); the positions so far as
 * dots (see {@link squares}); or what went wrong.
 */
export type LayoutReply = { positions: Float64Array } | { dots: Float64Array } | { error: string };

/** Steps run between two looks at the clock (a step is well under a millisecond). */
const STEPS = 16;

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest | DrawRequest>) => void) | null;
  postMessage(message: LayoutReply | DrawReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

/** The canvases handed over to draw on, by the page's number for them. */
const canvases = new Map<number, OffscreenCanvasRenderingContext2D>();

/**
 * Answers the page's first message; takes a canvas or lets it go; draws a sketch, and says so
 * if asked.
 */
function draw(data: DrawRequest): void {
  if ('hello' in data) scope.postMessage({ ready: true });
  else if ('canvas' in data) {
    const ctx = data.canvas.getContext('2d');
    if (ctx) canvases.set(data.id, ctx);
  } else if ('drop' in data) canvases.delete(data.id);
  else {
    // Said even if drawing it failed: the page would otherwise wait for it for ever.
    try {
      const ctx = canvases.get(data.id);
      if (ctx) replay(ctx, data.sketch);
    } finally {
      if (data.ack) scope.postMessage({ drawn: data.ack });
    }
  }
}

scope.onmessage = ({ data }) => {
  if (!('input' in data)) return draw(data);
  try {
    const forces: Forces = data.forces === 'quadtree' ? { repel, collide } : exactForces;
    const { radii, clusters } = data.input;
    const layout = createForceLayout(
      { ...data.input, radii: Array.from(radii), clusters: Array.from(clusters) },
      forces,
    );
    const { frame } = data;
    const fitted = (p: Frame) =>
      fitPositions(layout.positions(), p.width, p.height, p.sizes, data.input.fixed);
    const early = (p: Frame) => {
      const dots = squares(fitted(p), p.sizes.r);
      scope.postMessage({ dots }, [dots.buffer]);
    };
    let posted = performance.now();
    while (!layout.done) {
      layout.step(STEPS);
      if (frame && data.progress && !layout.done && performance.now() - posted >= data.progress) {
        early(frame);
        posted = performance.now();
      }
    }
    const points = frame ? fitted(frame) : layout.positions();
    const positions = new Float64Array(points.length * 2);
    points.forEach((p, i) => {
      positions[2 * i] = p.x;
      positions[2 * i + 1] = p.y;
    });
    scope.postMessage({ positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
