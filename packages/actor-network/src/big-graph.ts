/**
 * What only a big graph needs (more than `LARGE_GRAPH` nodes; see docs/decisions/0301): its
 * graph built in slices, its layout in a worker (`layout-runner.ts`), its drawing model built in steps (`big-model.ts`),
 * the canvases it is drawn on (`canvas-draw.ts`), the node under the pointer (`canvas-hit.ts`)
 * and moving a dragged node. The element imports this module the first time it draws a big
 * dataset, so a page with the story's few dozen actors never downloads it.
 *
 * @module
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset } from '@nutgraf/core';
import { inSteps } from '@nutgraf/core';
import { BATCH, bigModelSteps } from './big-model.js';
import { moved, paintPreview } from './canvas-draw.js';
import { moveIndexed, nodeAt } from './canvas-hit.js';
import type { Point } from './geometry.js';
import type { Graph, GraphOptions } from './graph.js';
import { graphSteps } from './graph.js';
import type { Metrics, NetworkModel } from './layout.js';
import { fitPositions } from './layout.js';
import type { ForceInput } from './simulate.js';

export { quadtreeForces, runLayout } from './layout-runner.js';
export { paint } from './canvas-draw.js';

/**
 * The positions of a layout still running (centred on the origin, as the simulation gives
 * them), drawn cheaply on a canvas of their own at the next frame: every node a dot, fitted
 * into the box as the settled picture will be (`fixed`: the pinned places, as for
 * `fitPositions`). Returns that canvas, the same every time, so later positions need no
 * render of the element; `label` names what is going on for assistive technology.
 */
export function renderPreview(
  root: ShadowRoot,
  raw: readonly Point[],
  width: number,
  height: number,
  m: Metrics,
  label: string,
  fixed?: ForceInput['fixed'],
): TemplateResult {
  paintPreview(root, fitPositions(raw, width, height, m, fixed), { width, height }, m.r);
  return html`<canvas class="preview" role="img" aria-label=${label}></canvas>`;
}

/** The two canvases under the chart's svg (see canvas-draw.ts); `dim` fades the base. */
export const renderCanvases = (dim: boolean): TemplateResult =>
  // prettier-ignore
  html`<canvas class="base ${dim ? 'dim' : ''}" aria-hidden="true"></canvas><canvas class="top" aria-hidden="true"></canvas>`;

/**
 * Builds the graph of a big dataset in slices on the main thread (`graphSteps`, as
 * `buildGraph` builds it at once) and hands it to `done`. Returns a function that stops it.
 */
export const buildBigGraph = (
  dataset: Dataset,
  options: GraphOptions,
  done: (graph: Graph) => void,
): (() => void) => inSteps(graphSteps(dataset, options, BATCH), done);

/**
 * Builds the model of a big graph at `positions` in slices on the main thread (see
 * big-model.ts) and hands it to `done`. Returns a function that stops it.
 */
export const buildBigModel = (
  graph: Graph,
  positions: readonly Point[],
  width: number,
  height: number,
  rtl: boolean,
  done: (model: NetworkModel) => void,
): (() => void) => inSteps(bigModelSteps(graph, positions, width, height, rtl), done);

/**
 * The node drawn under the pointer at (`clientX`, `clientY`), or -1: `view` is the chart's
 * zoomed group, whose screen transform maps the model's units to the page.
 */
export function nodeUnder(view: SVGGraphicsElement | null, model: NetworkModel, e: PointerEvent): number {
  const m = view?.getScreenCTM()?.inverse();
  if (!m) return -1;
  const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
  // A node's target: its radius plus a few px on screen (at least 6 units, as the svg's targets).
  return nodeAt(model.nodes, p, Math.max(6, model.metrics.r + 8 * Math.hypot(m.a, m.b)));
}

/** Moves node `i` of `model` to `positions[i]` (with its label and edges), to draw again. */
export function moveNode(model: NetworkModel, positions: readonly Point[], i: number): void {
  const n = model.nodes[i]!;
  const p = positions[i]!;
  const [dx, dy] = [p.x - n.x, p.y - n.y];
  if (n.label.visible)
    n.label = {
      ...n.label,
      x: n.label.x + dx,
      y: n.label.y + dy,
      box: { ...n.label.box, x: n.label.box.x + dx, y: n.label.box.y + dy },
    };
  moveIndexed(model.nodes, n, p);
  for (const e of model.edges)
    if (e.source === i || e.target === i) {
      const [a, b] = [model.nodes[e.source]!, model.nodes[e.target]!];
      e.mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  moved(model.nodes);
}
