/**
 * What only a big graph needs (more than `LARGE_GRAPH` nodes; see
 * docs/decisions/0301): the edges batched in a few long paths, the layer that draws what is
 * highlighted on top, and moving a dragged node without a render. The element imports this
 * module the first time it lays out a big graph, so a page with the story's few dozen actors
 * never downloads it.
 *
 * @module
 */
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { Point } from './geometry.js';
import { nodeShape } from './geometry.js';
import type { Graph, GraphEdge } from './graph.js';
import type { Metrics, NetworkModel } from './layout.js';
import { edgeShape, fitPositions, highlightLabels } from './layout.js';
import type { ForceInput } from './simulate.js';

export { quadtreeForces, runLayout } from './layout-runner.js';

type NodeModel = NetworkModel['nodes'][number];

/**
 * The positions of a layout still running (centred on the origin, as the simulation gives
 * them), drawn cheaply: every node a dot of one path, fitted into the box as the settled
 * picture will be (`fixed`: the pinned places, as for `fitPositions`). `label` names what
 * is going on for assistive technology.
 */
export function renderPreview(
  raw: readonly Point[],
  width: number,
  height: number,
  m: Metrics,
  label: string,
  fixed?: ForceInput['fixed'],
): TemplateResult {
  let d = '';
  for (const p of fitPositions(raw, width, height, m, fixed)) d += `M${p.x.toFixed(1)} ${p.y.toFixed(1)}h0`;
  // prettier-ignore
  return html`<svg class="preview" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}><path d=${d} fill="none" stroke="currentColor" stroke-opacity=".35" stroke-width=${m.r * 2} stroke-linecap="round"></path></svg>`;
}

/** All shown edges as a few long paths, one line path and one arrowhead path per certainty. */
export function renderBatches(edges: NetworkModel['edges'], shown: ReadonlySet<GraphEdge>): TemplateResult {
  const byCertainty = new Map<string, [string, string]>();
  for (const e of edges) {
    if (!shown.has(e.edge)) continue;
    let b = byCertainty.get(e.edge.certainty);
    if (!b) byCertainty.set(e.edge.certainty, (b = ['', '']));
    b[0] += e.d;
    b[1] += e.arrow;
  }
  return svg`${[...byCertainty].map(
    ([c, [d, a]]) =>
      svg`<path class="batch certainty-${c}" d=${d}></path><path class="batch-arrows" d=${a}></path>`,
  )}`;
}

/**
 * The top layer: copies of the highlighted nodes (`lit`, the hovered or focused one first),
 * the highlighted edges (`lines`), their labels placed among themselves, and the focus ring.
 */
export function renderOverlay(
  model: NetworkModel,
  lit: readonly number[],
  lines: readonly TemplateResult[],
  label: (node: NodeModel, cls: string) => TemplateResult,
  focused: NodeModel | undefined,
  rtl: boolean,
): TemplateResult {
  const places = highlightLabels(model, lit, { rtl });
  // prettier-ignore
  return svg`${lit.map((i) => {
    const n = model.nodes[i]!;
    return svg`<path class="node on kind-${n.node.kind}" data-copy=${i} d=${nodeShape(n.node.kind, n.r, n.x, n.y)}></path>`;
  })}${lines}${lit.map((i, k) => label({ ...model.nodes[i]!, label: places[k]! }, 'on'))}${focused ? svg`<circle class="ring focus" data-copy=${focused.index} cx=${focused.x} cy=${focused.y} r=${focused.r + 4}></circle>` : nothing}`;
}

/**
 * Moves node `i` to `positions[i]`: its parts, labels and edges in the model and in the DOM
 * under `root`, without a render (a render of a thousand nodes per pointer move costs frames).
 */
export function moveNode(
  root: ParentNode,
  graph: Graph,
  model: NetworkModel,
  positions: readonly Point[],
  i: number,
): void {
  const n = model.nodes[i]!;
  const p = positions[i]!;
  const [dx, dy] = [p.x - n.x, p.y - n.y];
  n.label.x += dx;
  n.label.y += dy;
  n.x = p.x;
  n.y = p.y;
  const shape = nodeShape(n.node.kind, n.r, p.x, p.y);
  // The node's parts and its copy on top (circles: ring, focus ring, target; paths: shape, copy).
  for (const el of root.querySelectorAll(
    `[data-index="${i}"] circle,[data-index="${i}"] .shape,[data-copy="${i}"]`,
  )) {
    if (el.localName === 'circle') {
      el.setAttribute('cx', `${p.x}`);
      el.setAttribute('cy', `${p.y}`);
    } else el.setAttribute('d', shape);
  }
  // Its labels (the resting one and the highlighted one) move with it.
  for (const text of root.querySelectorAll(`[data-label="${i}"]`)) {
    text.setAttribute('x', `${Number(text.getAttribute('x')) + dx}`);
    text.setAttribute('y', `${Number(text.getAttribute('y')) + dy}`);
  }
  for (const e of model.edges) {
    if (e.source !== i && e.target !== i) continue;
    Object.assign(e, edgeShape(graph, positions, e, model.metrics));
    const g = root.querySelector(`[data-edge="${CSS.escape(e.edge.id)}"]`);
    g?.querySelector('.line')?.setAttribute('d', e.d);
    g?.querySelector('.arrow')?.setAttribute('d', e.arrow);
  }
}
