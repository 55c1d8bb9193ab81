/**
 * The drawing model of a big graph (more than `LARGE_GRAPH` nodes, drawn on a canvas by
 * `canvas-draw.ts`), built cheaply and in steps so that no task of the page runs long: edges
 * without path strings (the canvas draws them from the nodes' places and their bends), labels only for the
 * most connected nodes that fit, placed on a grid, and the index that finds the node under the
 * pointer (`canvas-hit.ts`). {@link bigModelSteps} yields between bounded pieces of work;
 * core's `inSteps` runs such a generator in slices on the main thread.
 *
 * @module
 */
import { flowEnds, isNegative, textWidth } from '@nutgraf/core';
import { indexNodes, nodeTouches } from './canvas-hit.js';
import { clearRadius } from './clear-radius.js';
import type { Point } from './geometry.js';
import { paddedHull, rimOf } from './geometry.js';
import type { Graph, GraphGroup } from './graph.js';
import type { LabelPlacement } from './labels.js';
import type {
  BadgeModel,
  EdgeModel,
  HullModel,
  Metrics,
  ModelOptions,
  NetworkModel,
  NodeModel,
} from './layout.js';
import { badgeOf, bendSteps, metrics } from './layout.js';

/** Labels drawn at rest, at most. */
export const REST_LABELS = 40;
/** The most connected nodes that try a place for their label. */
const LABEL_TRIES = 200;
/** How much farther out each ring of places a group entity's label tries is, in px. */
const RING = 12;
/** Items handled between two looks at the clock. */
export const BATCH = 256;

/** The label of every node whose label is not drawn at rest: one object for them all (it is replaced, never changed). */
const noLabel: LabelPlacement = Object.freeze({
  id: '',
  x: 0,
  y: 0,
  anchor: 'start',
  box: Object.freeze({ x: 0, y: 0, width: 0, height: 0 }),
  visible: false,
});

/**
 * The model of a big graph at `positions` (px) in a box of `width` × `height`, in steps: every
 * node (labels hidden; smaller than `metrics` gives where the box squeezes them together, see
 * clear-radius.ts), every edge between its nodes (`d` and `arrow` empty, no `mid`; straight,
 * or bent apart from the others between the same two nodes as {@link bendSteps} bends them in svg),
 * labels for up to {@link REST_LABELS} of the most connected nodes whose label fits beside
 * them (right of the node, else left; left first with `rtl`) without touching another label, a
 * node or leaving the box, the groups' hulls, and the hit index. Yields every few hundred items.
 * Members folded into a count (the {@link GraphGroup.leaves} of the groups not `expanded`, as
 * in svg) are hidden: no label, out of their group's hull and of the hit index; the counts
 * (`badges`, as `buildModel` places them) keep labels off their boxes.
 */
export function* bigModelSteps(
  graph: Graph,
  positions: readonly Point[],
  width: number,
  height: number,
  { rtl = false, expanded = new Set() }: ModelOptions = {},
): Generator<void, NetworkModel, void> {
  let m = metrics(graph.nodes.length, width);
  const folded = new Set<number>();
  for (const g of graph.groups)
    if (!expanded.has(g.id)) for (const id of g.leaves) folded.add(graph.index.get(id)!);
  // Squeezed into a narrow box, the nodes are drawn smaller rather than on top of each other.
  // (Known before the nodes are made: a fractional radius set on 20,000 of them afterwards
  // changes how every one stores the field, about 9 ms in one step.)
  const r = yield* clearRadius(
    positions.filter((_, i) => !folded.has(i)),
    m.r,
    BATCH,
  );
  if (r < m.r) m = { ...m, r };
  const nodes: NodeModel[] = [];
  let maxDegree = 0;
  for (const [i, node] of graph.nodes.entries()) {
    const p = positions[i]!;
    const hidden = folded.has(i);
    nodes.push({ node, index: i, x: p.x, y: p.y, r: m.r, label: noLabel, hidden });
    maxDegree = Math.max(maxDegree, node.degree);
    if (i % BATCH === BATCH - 1) yield;
  }
  const { index, dataset } = graph;
  const edges: EdgeModel[] = [];
  for (const [i, edge] of graph.edges.entries()) {
    const flow = flowEnds(dataset, edge);
    const source = index.get(flow.from)!;
    const target = index.get(flow.to)!;
    edges.push({
      edge,
      index: i,
      source,
      target,
      mark: isNegative(edge) ? 'cross' : flow.directed ? 'arrow' : 'none',
      bend: 0,
      d: '',
      arrow: '',
    });
    if (i % BATCH === BATCH - 1) yield;
  }
  // Several relations between the same two actors fan out, as in svg, each reachable.
  const bend = yield* bendSteps(edges, nodes.length, BATCH);
  for (const [i, e] of edges.entries()) if (bend[i]) e.bend = bend[i];
  yield;
  // The most connected nodes first (by degree, then in the data's order): a counting sort.
  const byDegree: number[][] = Array.from({ length: maxDegree + 1 }, () => []);
  for (const n of nodes) if (!n.hidden) byDegree[n.node.degree]!.push(n.index);
  const order: number[] = [];
  for (let d = maxDegree; d >= 0 && order.length < LABEL_TRIES; d--) order.push(...byDegree[d]!);
  yield;
  // The index that finds the node under the pointer, and the nodes a label keeps off.
  yield* indexNodes(nodes, BATCH);
  // Labels on a grid of cells one label high: a label takes the cells it covers.
  const cell = m.labelHeight;
  const columns = Math.ceil(width / cell) + 1;
  const taken = new Set<number>();
  const cells = (x: number, y: number, w: number, h: number) => {
    const out: number[] = [];
    for (let cy = Math.floor(y / cell); cy <= Math.floor((y + h) / cell); cy++)
      for (let cx = Math.floor(x / cell); cx <= Math.floor((x + w) / cell); cx++) out.push(cy * columns + cx);
    return out;
  };
  // A label keeps off the groups' counts (measured exactly: a count's cells would keep its
  // entity's label off the other side too).
  const badges = badgesOf(graph, positions, m, width, expanded);
  let placed = 0;
  // A group's own entity first, the biggest group first: its label names the area around it
  // (and its count). Beside it, as any label, then, for those that found no room there, centred
  // below it, where its count never is, or farther out; then the most connected nodes.
  const groups = [...graph.groups]
    .sort((a, b) => b.members.length - a.members.length)
    .map((g) => graph.index.get(g.id)!)
    .filter((i) => !nodes[i]!.hidden);
  const beside = rtl ? [-1, 1] : [1, -1];
  // Places as [side, ring]: right (1), left (-1) or below (0), next to the node (ring 0) or a
  // ring or two farther out, past the members packed around a group's entity.
  const around = (ring: number) => [...beside, 0].map((side) => [side, ring] as const);
  const nextTo = beside.map((side) => [side, 0] as const);
  const trying = (places: (readonly [number, number])[]) => (i: number) => [i, places] as const;
  const tries = [
    ...groups.map(trying(nextTo)),
    ...groups.map(trying([[0, 0], ...around(1), ...around(2)])),
    ...order.slice(0, LABEL_TRIES).map(trying(nextTo)),
  ];
  for (const [i, places] of tries) {
    if (placed >= REST_LABELS) break;
    const n = nodes[i]!;
    if (n.label.visible) continue;
    const w = textWidth(n.node.label, m.fontSize);
    const h = m.labelHeight;
    for (const [side, ring] of places) {
      const gap = rimOf(n.node.kind, m.r) + 3 + ring * RING;
      const x = side > 0 ? n.x + gap : side < 0 ? n.x - gap - w : n.x - w / 2;
      const y = side ? n.y - h / 2 : n.y + gap;
      if (x < 0 || y < 0 || x + w > width || y + h > height) continue;
      const mine = cells(x, y, w, h);
      const box = { x, y, width: w, height: h };
      // (As box-grid's `overlap`, which the chunk importing would cost the entry an export.)
      const onBadge = badges.some(
        ({ box: b }) => x < b.x + b.width && b.x < x + w && y < b.y + b.height && b.y < y + h,
      );
      if (onBadge || mine.some((c) => taken.has(c)) || nodeTouches(nodes, box, n)) continue;
      for (const c of mine) taken.add(c);
      n.label = {
        id: n.node.id,
        x: side > 0 ? x : side < 0 ? x + w : n.x,
        y: y + h / 2 + m.fontSize * 0.35,
        anchor: side > 0 ? 'start' : side < 0 ? 'end' : 'middle',
        box,
        visible: true,
      };
      placed++;
      break;
    }
  }
  yield;
  const hulls: HullModel[] = [];
  for (const group of graph.groups) {
    hulls.push(hullOf(graph, group, nodes));
    yield;
  }
  return { width, height, metrics: m, nodes, edges, hulls, badges };
}

/** The count of each group with folded members, placed as in svg (`badgeOf`). */
const badgesOf = (
  graph: Graph,
  positions: readonly Point[],
  m: Metrics,
  width: number,
  expanded: ReadonlySet<string>,
): BadgeModel[] =>
  graph.groups.flatMap((g) => {
    const i = graph.index.get(g.id)!;
    return g.leaves.length ? [badgeOf(g, i, positions[i]!, m, width, expanded)] : [];
  });

/**
 * Hides the members folded into a count ({@link GraphGroup.leaves} of the groups not
 * `expanded`) and shows the others (the hit index finds only those shown).
 */
function fold(graph: Graph, nodes: readonly NodeModel[], expanded: ReadonlySet<string>): void {
  for (const g of graph.groups)
    for (const id of g.leaves) nodes[graph.index.get(id)!]!.hidden = !expanded.has(g.id);
}

/**
 * A group's area around its entity and the members inside it ({@link GraphGroup.inside}: no
 * other relation) that are drawn (not folded away), as in svg; the other members stay where
 * their relations put them, each with its line to the entity.
 */
function hullOf(graph: Graph, group: GraphGroup, nodes: readonly NodeModel[]): HullModel {
  const pts: Point[] = [];
  for (const id of [group.id, ...group.inside]) {
    const n = nodes[graph.index.get(id) ?? -1];
    if (n && !n.hidden) pts.push(n);
  }
  return { id: group.id, label: group.label, d: paddedHull(pts, nodes[0]!.r + 8) };
}

/**
 * `model` with the members of the groups not `expanded` folded into their counts and the
 * others shown (the group's count unfolded or folded again): the nodes' `hidden` and the hit
 * index change in place, the hulls and counts are new, nothing else is built again.
 */
export function refold(graph: Graph, model: NetworkModel, expanded: ReadonlySet<string>): NetworkModel {
  const { nodes, metrics: m, width } = model;
  fold(graph, nodes, expanded);
  return {
    ...model,
    hulls: graph.groups.map((g) => hullOf(graph, g, nodes)),
    badges: badgesOf(graph, nodes, m, width, expanded),
  };
}
