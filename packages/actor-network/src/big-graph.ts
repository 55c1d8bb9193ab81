/**
 * What only a big graph needs (more than `LARGE_GRAPH` nodes; see docs/decisions/0301): its
 * graph built in slices, its layout in a worker (`layout-runner.ts`), its drawing model built in steps (`big-model.ts`),
 * the canvases it is drawn on (`canvas-draw.ts`), the node or relation under the pointer
 * (`canvas-hit.ts`) and moving a dragged node. The element imports this module the first time it draws a big
 * dataset, so a page with the story's few dozen actors never downloads it.
 *
 * @module
 */
import { html } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Dataset } from '@nutgraf/core';
import { inSteps } from '@nutgraf/core';
import { BATCH, bigModelSteps } from './big-model.js';
import type { Scene } from './canvas-draw.js';
import { moved, paint as draw, paintPreview } from './canvas-draw.js';
import { edgeAt, indexEdges, moveEdge, moveIndexed, nodeAt } from './canvas-hit.js';
import { ready } from './canvas-surface.js';
import type { Point } from './geometry.js';
import type { Graph, GraphEdge, GraphOptions } from './graph.js';
import { graphSteps } from './graph.js';
import { factSteps } from './key.js';
import type { ModelOptions, NetworkModel, NodeModel } from './layout.js';
import { highlightLabels } from './layout.js';
import { runLayout as run } from './layout-runner.js';
import type { ForceInput } from './simulate.js';

export { quadtreeForces } from './layout-runner.js';

/**
 * Lays out a big graph (see layout-runner.ts) after the render that asked for it: its input is
 * made (`input`) in a task of its own, then handed to the worker in another (each a few
 * milliseconds for 20,000 nodes, too much for that render and too much together on a slow
 * phone). Starts the worker that draws its canvases meanwhile (canvas-surface.ts), so that its
 * first positions can be drawn there: in the first of those tasks, not the render's. Returns a
 * function that stops it, started or not.
 */
export function runLayout(
  input: () => ForceInput,
  ...args: Tail<Parameters<typeof run>>
): ReturnType<typeof run> {
  let stop: (() => void) | undefined;
  let timer = setTimeout(() => {
    void ready();
    const made = input();
    timer = setTimeout(() => (stop = run(made, ...args)));
  });
  return () => {
    clearTimeout(timer);
    stop?.();
  };
}

/** A tuple without its first item. */
type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
export { refold } from './big-model.js';

/**
 * The positions of a layout still running, as the worker fitted them into the box of `width` ×
 * `height` and made them into dots (`dots`, see layout-runner.ts), drawn cheaply on a canvas of
 * their own at the next frame. Returns that canvas, the same every time, so later positions
 * need no render of the element; `label` names what is going on for assistive technology.
 */
export function renderPreview(
  root: ShadowRoot,
  dots: Float64Array,
  width: number,
  height: number,
  label: string,
): TemplateResult {
  paintPreview(root, dots, { width, height });
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
): (() => void) => inSteps(withFacts(graphSteps(dataset, options, BATCH)), done);

/** The graph of `steps`, and what its key and notes say counted in steps too. */
function* withFacts(steps: Generator<void, Graph, void>): Generator<void, Graph, void> {
  const graph = yield* steps;
  yield* factSteps(graph, BATCH);
  return graph;
}

/**
 * Builds the model of a big graph at `positions` in slices on the main thread (see
 * big-model.ts; `options` as for `buildModel`) and hands it to `done`, then the index of its
 * relations (canvas-hit.ts). Returns a function that stops it.
 */
export const buildBigModel = (
  graph: Graph,
  positions: readonly Point[],
  width: number,
  height: number,
  options: ModelOptions,
  done: (model: NetworkModel) => void,
): (() => void) => {
  let stop = inSteps(bigModelSteps(graph, positions, width, height, options), (model) => {
    done(model);
    // The relations under the pointer are found once their index is built, after the model.
    stop = inSteps(indexEdges(model.edges, model.nodes, Math.max(width, height)), () => {});
  });
  return () => stop();
};

/** The pointer's place in the model's units, and the model's units per screen px; `view` is the chart's zoomed group. */
function local(view: SVGGraphicsElement | null, e: PointerEvent): [Point, number] | undefined {
  const m = view?.getScreenCTM()?.inverse();
  return m && [new DOMPoint(e.clientX, e.clientY).matrixTransform(m), Math.hypot(m.a, m.b)];
}

/** The pointer is over a group's count: an svg button over the canvases, which takes the press. */
const onBadge = (e: Event) => !!(e.target as Element).closest?.('.badge');

/**
 * The node drawn under the pointer at (`clientX`, `clientY`), or -1 (also over a group's
 * count): `view` is the chart's zoomed group, whose screen transform maps the model's units to
 * the page.
 */
export function nodeUnder(view: SVGGraphicsElement | null, model: NetworkModel, e: PointerEvent): number {
  const [p, unit] = (!onBadge(e) && local(view, e)) || [];
  // A node's target: its radius plus a few px on screen (at least 6 units, as the svg's targets).
  return p ? nodeAt(model.nodes, p, Math.max(6, model.metrics.r + 8 * unit!)) : -1;
}

/**
 * What the code below uses of the element: its model, its shown types and its events (the
 * element keeps its own code for the nodes; this code, loaded only for big graphs, adds the
 * relations, and the element's up-front code stays as it was).
 */
interface Host extends ReactiveElement {
  model: NetworkModel | undefined;
  hiddenTypes: ReadonlySet<string>;
  emitSelect(entity: string | null, relation?: string): void;
}

/**
 * The relation under the pointer on each element's canvas (by its shadow root), and the mark
 * that stands for it: an unpainted path along its line in the chart's zoomed group, carrying
 * its id as the svg's relations do (`data-edge`), so the element shows its tooltip by it as it
 * does for those (the canvas has no element per relation).
 */
const hovered = new WeakMap<ParentNode, [GraphEdge, SVGPathElement]>();

/** Tells the element the pointer went over or out of `mark`, as for a relation drawn in svg (its tooltip shows or hides). */
const pass = (mark: Element, type: 'pointerover' | 'pointerout') =>
  mark.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));

/**
 * The pointer at `e` on the chart of a big graph (`off`: it left the chart). Where no node is
 * near it (the element handles those), the relation of a shown type whose line passes within
 * 5 screen px of it (the nearest; canvas-hit.ts) is highlighted: its line and its two actors
 * drawn on top, the rest faded (see {@link paint}); the element, told of the pointer over its
 * mark, shows its tooltip and fires `nutgraf-highlight` as for a relation drawn in svg, and
 * ends both when the pointer leaves it.
 * Returns the relation under the pointer.
 */
function hover(root: ShadowRoot, e: PointerEvent, off?: boolean): GraphEdge | undefined {
  const h = root.host as Host;
  const model = h.model;
  const view = root.querySelector<SVGGElement>('svg.chart>g');
  const [p, unit] = (!off && !onBadge(e) && model?.metrics.large && local(view, e)) || [];
  const node = p ? nodeUnder(view, model!, e) >= 0 : false;
  const hit = p && !node ? edgeAt(model!.edges, model!.nodes, p, 5 * unit!, h.hiddenTypes) : undefined;
  const was = hovered.get(root);
  if (hit?.edge === was?.[0]) return hit?.edge;
  hovered.delete(root);
  h.requestUpdate();
  if (was && !node) pass(was[1], 'pointerout');
  was?.[1].remove();
  if (hit) {
    const mark = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    // Unpainted (a curve's path would otherwise be filled): the pointer stays on the chart.
    mark.setAttribute('fill', 'none');
    mark.setAttribute('d', hit.d);
    mark.setAttribute('data-edge', hit.edge.id);
    view!.append(mark);
    hovered.set(root, [hit.edge, mark]);
    pass(mark, 'pointerover');
  }
  return hit?.edge;
}

/** Charts whose pointer events are followed for their relations. */
const followed = new WeakSet<Element>();

/**
 * Follows the pointer over the chart in `root` for a big graph's relations, once per chart:
 * moves hover them (see `hover`), leaving the chart ends that, and a click or tap (the pointer
 * lifted within 4 px of where it went down) off the nodes chooses the relation under it:
 * `nutgraf-select` is fired with its source and its id.
 */
function follow(root: ShadowRoot): void {
  const chart = root.querySelector('svg.chart');
  if (!chart || followed.has(chart)) return;
  followed.add(chart);
  let down: Point | undefined;
  const on = (type: string, f: (e: PointerEvent) => unknown) =>
    chart.addEventListener(type, f as EventListener);
  on('pointermove', (e) => e.pointerType !== 'touch' && hover(root, e));
  on('pointerout', (e) => e.pointerType !== 'touch' && e.target === chart && hover(root, e, true));
  on('pointerdown', (e) => (down = { x: e.clientX, y: e.clientY }));
  on('pointerup', (e) => {
    const edge = down && Math.hypot(e.clientX - down.x, e.clientY - down.y) < 4 && hover(root, e);
    if (edge) (root.host as Host).emitSelect(edge.source, edge.id);
  });
}

/**
 * Draws `scene` on the canvases in `root` (see canvas-draw.ts), and follows the pointer over
 * the chart for its relations; while a relation is under the pointer, it is what is
 * highlighted: its line, drawn as the relation walked, and its two nodes.
 */
export function paint(root: ShadowRoot, scene: Scene, done: () => void): void {
  follow(root);
  const edge = hovered.get(root)?.[0];
  const at = (id: string) => scene.graph.index.get(id)!;
  draw(
    root,
    // (Not a relation of another dataset, or of a type switched off since.)
    edge && scene.visible.includes(edge)
      ? { ...scene, lit: [at(edge.source), at(edge.target)], litEdges: new Set([edge.id]), current: edge.id }
      : scene,
    done,
  );
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
  // A group's count goes with its node.
  model.badges = model.badges.map((b) =>
    b.index === i
      ? {
          ...b,
          box: { ...b.box, x: b.box.x + dx, y: b.box.y + dy },
          text: { x: b.text.x + dx, y: b.text.y + dy },
        }
      : b,
  );
  for (const e of model.edges) if (e.source === i || e.target === i) moveEdge(model.edges, e);
  moved(model.nodes);
}

/**
 * A big graph's labels (its canvases draw no text: the svg sets them in the page's fonts), made
 * by `label` from a node at its label's place and a class: the resting ones, and for the
 * highlighted nodes `lit` (the hovered one first), their places among themselves instead
 * (`highlightLabels`), `on`.
 */
export function labelled<T>(
  model: NetworkModel,
  lit: readonly number[],
  options: ModelOptions,
  label: (n: NodeModel, cls: string) => T,
): T[] {
  const on = lit.filter((i) => !model.nodes[i]!.hidden);
  const isOn = new Set(on);
  const places = on.length ? highlightLabels(model, on, options) : [];
  return [
    ...model.nodes.filter((n) => !n.hidden && n.label.visible && !isOn.has(n.index)).map((n) => label(n, '')),
    ...on.map((i, k) => label({ ...model.nodes[i]!, label: places[k]! }, 'on')),
  ];
}
