/**
 * A force layout on the page's main thread, in slices: a task runs bounded steps of the
 * simulation (`ForceLayout.step`, a few thousand units of work each) for {@link SLICE_MS},
 * then yields to the page, so even one tick of a 20,000-node graph is spread over several
 * tasks. Small graphs lay out this way (a few milliseconds in all), and big ones where no
 * worker can start (`layout-runner.ts`).
 *
 * @module
 */
import { SLICE_MS } from '@nutgraf/core';
import type { Forces } from './bodies.js';
import type { Point } from './geometry.js';
import type { ForceInput } from './simulate.js';
import { createForceLayout } from './simulate.js';

/** Receives the settled positions. */
export type DrawPositions = (positions: Point[]) => void;

/**
 * Lays out in slices, from the next task on, and hands the settled positions (centred on the
 * origin, as `createForceLayout` gives them) to `draw` in a task of their own after the last
 * step. Returns a function that stops the layout; nothing is drawn after it.
 */
export function inSlices(input: ForceInput, draw: DrawPositions, forces?: Forces): () => void {
  const layout = createForceLayout(input, forces);
  let timer: ReturnType<typeof setTimeout>;
  const next = () => {
    if (layout.done) return draw(layout.positions());
    const t0 = performance.now();
    while (!layout.done && performance.now() - t0 < SLICE_MS) layout.step(1);
    timer = setTimeout(next);
  };
  timer = setTimeout(next);
  return () => clearTimeout(timer);
}
