/**
 * The network's pure layout: graph + positions + size → a plain model of what to draw
 * (node positions and shapes, edge paths with arrowheads, group hulls, label places).
 * No DOM and no Lit: runs in Node and in tests.
 *
 * The force simulation itself lives in `simulate.ts` so the element can run it in
 * slices; {@link layoutNetwork} runs it to the end at once.
 *
 * @module
 */
import { flowEnds, isNegative, runSteps, textWidth } from '@nutgraf/core';
import type { NetworkPositions } from '@nutgraf/core';
import type { Graph, GraphEdge, GraphGroup, GraphNode } from './graph.js';
import type { Point } from './geometry.js';
import type { EdgeGeometry, EdgeMark } from './geometry.js';
import { edgeGeometry, edgePolyline, paddedHull, rimOf } from './geometry.js';
import type { Box, LabelPlacement, LabelRequest } from './labels.js';
import { placeLabels } from './labels.js';
import type { Forces } from './bodies.js';
import type { ForceInput } from './simulate.js';
import { runForceLayout } from './simulate.js';
import { fitPositions } from './fit.js';
import { margins, pinnedPlaces } from './pins.js';

/** Above this many nodes the network draws the cheap way (see docs/decisions/0301). */
export const LARGE_GRAPH = 250;

/** Sizes that depend on the graph's size. */
export interface Metrics {
  large: boolean;
  /** Node radius in px. */
  r: number;
  fontSize: number;
  labelHeight: number;
}

/** Node radius, label size and drawing strategy for a graph of `count` nodes in a box of `width`. */
export function metrics(count: number, width: number): Metrics {
  const large = count > LARGE_GRAPH;
  const fontSize = 12;
  return { large, r: large ? 4 : width < 480 ? 7 : 8, fontSize, labelHeight: Math.round(fontSize * 1.25) };
}

/** For each node, the most relations drawn between it and any one other node. */
function mostParallel(graph: Graph): number[] {
  const pairs = new Map<string, number>();
  for (const e of graph.edges) {
    const [a, b] = [graph.index.get(e.source)!, graph.index.get(e.target)!].sort((x, y) => x - y);
    pairs.set(`${a},${b}`, (pairs.get(`${a},${b}`) ?? 0) + 1);
  }
  const most = graph.nodes.map(() => 1);
  for (const [key, n] of pairs) for (const i of key.split(',').map(Number)) most[i] = Math.max(most[i]!, n);
  return most;
}

/**
 * The input of the force simulation for `graph` in a box of `width` × `height`. Nodes named in
 * `pins` (by default the dataset's `presentation.network.positions`) are fixed at their places.
 */
export function forceInput(
  graph: Graph,
  width: number,
  height: number,
  seed = 1,
  pins: NetworkPositions | undefined = graph.dataset.presentation?.network?.positions,
): ForceInput {
  const m = metrics(graph.nodes.length, width);
  const clusters = graph.nodes.map(() => -1);
  // A group's entity and the members inside its area keep together; members with other
  // relations are not pulled (they stay where those relations put them).
  graph.groups.forEach((group, gi) => {
    if (!group.inside.length) return;
    for (const id of [group.id, ...group.inside]) {
      const i = graph.index.get(id);
      if (i !== undefined && clusters[i] === -1) clusters[i] = gi;
    }
  });
  const fixed = pinnedPlaces(
    graph.nodes.map((n) => n.id),
    pins,
    width,
    height,
    m,
  );
  // Members folded into a count take little room: they sit by the entity they join.
  const leaves = new Set(graph.groups.flatMap((g) => g.leaves));
  // Two actors with several relations between them stand farther apart, so their fanned
  // lines have room (bends); not among pins, where the editor has made the room.
  const parallel = m.large || fixed ? [] : mostParallel(graph);
  const radii = graph.nodes.map((n, i) =>
    m.large || leaves.has(n.id)
      ? m.r + 2
      : m.r +
        5 +
        Math.min(textWidth(n.label, m.fontSize), 110) * 0.5 +
        Math.min(30, 3 * ((parallel[i] ?? 1) - 1)),
  );
  const pad = margins(width, m);
  const bounds = { x: Math.max(0, width / 2 - pad.x), y: Math.max(0, height / 2 - pad.y) };
  return {
    count: graph.nodes.length,
    links: graph.links,
    radii,
    clusters,
    width,
    height,
    seed,
    ...(fixed && { fixed, bounds }),
  };
}

/** One node as drawn. */
export interface NodeModel {
  node: GraphNode;
  index: number;
  x: number;
  y: number;
  r: number;
  label: LabelPlacement;
  /** True for a member folded into its group's count: not drawn. */
  hidden: boolean;
}

/** The count of a group's folded members, on the entity they join; it unfolds them and folds them again. */
export interface BadgeModel {
  /** The group's id (its entity's). */
  id: string;
  /** Index of the group's node. */
  index: number;
  /** How many members it folds. */
  count: number;
  /** True while the members are shown. */
  expanded: boolean;
  /** Its box, and where its text goes (middle anchored). */
  box: Box;
  text: Point;
}

/** One edge as drawn. */
export interface EdgeModel {
  edge: GraphEdge;
  /** Its index in `graph.edges` (in `graph.grouped` for a membership line, {@link NetworkModel.ties}). */
  index: number;
  /** Node index where the drawn flow starts: the relation's target for a `backward` type. */
  source: number;
  /** Node index where the drawn flow ends (its arrowhead, if directed). */
  target: number;
  /** Arrowhead at the end, nothing (undirected), or a × across the middle (did not happen). */
  mark: EdgeMark;
  /** Sideways offset of the curve (parallel and reciprocal edges). */
  bend: number;
  d: string;
  arrow: string;
  /**
   * The middle of the curve, where the svg drawing puts its type's marker. A big graph's model
   * leaves it out (60,000 relations, 180,000 objects fewer to build and collect): its canvas finds
   * the middle where it draws.
   */
  mid?: Point;
}

/** One group (an organisation around its members). */
export interface HullModel {
  id: string;
  label: string;
  d: string;
}

/** Everything the element draws. */
export interface NetworkModel {
  width: number;
  height: number;
  metrics: Metrics;
  nodes: NodeModel[];
  edges: EdgeModel[];
  hulls: HullModel[];
  /**
   * Memberships of members with other relations: one quiet line each from the member to the
   * entity of its group (no arrowhead, no type cue). Not drawn for big graphs.
   */
  ties?: EdgeModel[];
  badges: BadgeModel[];
}

/** Options for {@link buildModel}. */
export interface ModelOptions {
  rtl?: boolean;
  /** Ids of the groups whose folded members ({@link GraphGroup.leaves}) are shown; the others show a count. */
  expanded?: ReadonlySet<string>;
}

/** Font size of a group's count. */
const BADGE_FONT = 11;

/**
 * Parallel edges between the same two of `size` nodes bend apart; reciprocal ones too. Yields
 * every `batch` edges (a big graph's model is built in steps). A pair is keyed by a number, not
 * a string: V8 keeps a string key in its table of unique strings, which each full collection
 * walks (docs/benchmarks.md).
 */
export function* bendSteps(
  ends: readonly Pick<EdgeModel, 'source' | 'target'>[],
  size: number,
  batch = Infinity,
): Generator<void, number[], void> {
  const byPair = new Map<number, number[]>();
  for (const [i, { source: s, target: t }] of ends.entries()) {
    const key = s < t ? s * size + t : t * size + s;
    const list = byPair.get(key);
    if (list) list.push(i);
    else byPair.set(key, [i]);
    if (i % batch === batch - 1) yield;
  }
  const out = new Array<number>(ends.length).fill(0);
  let seen = 0;
  for (const list of byPair.values()) {
    if (++seen % batch === 0) yield;
    if (list.length === 1) continue;
    // Half the spacing: offsets are whole numbers, which V8 keeps unboxed (a fractional one, or
    // -0, would box every model edge's bend: 60,000 numbers on a big graph).
    const half = list.length > 3 ? 5 : 6;
    list.forEach((ei, k) => {
      const { source: s, target: t } = ends[ei]!;
      const bend = (2 * k + 1 - list.length) * half;
      // Offsets are measured against the pair's canonical direction so A→B and B→A separate.
      if (bend) out[ei] = s < t ? bend : -bend;
    });
  }
  return out;
}

/** What a node's label asks of {@link placeLabels}: its node is the obstacle it sits beside. */
const labelRequest = (n: GraphNode, p: Point, m: Metrics, priority = n.degree): LabelRequest => ({
  id: n.id,
  x: p.x,
  y: p.y,
  r: rimOf(n.kind, m.r),
  width: textWidth(n.label, m.fontSize),
  height: m.labelHeight,
  priority,
});

/**
 * Labels for the nodes a big graph highlights (the hovered node first, then its
 * neighbours): placed among themselves, since everything else is faded behind them. Returns
 * one placement per index, in order.
 */
export function highlightLabels(
  model: NetworkModel,
  indices: readonly number[],
  options: ModelOptions = {},
): LabelPlacement[] {
  const m = model.metrics;
  return placeLabels(
    indices.map((i, k) => {
      const n = model.nodes[i]!;
      return labelRequest(n.node, n, m, k ? n.node.degree : Infinity);
    }),
    { width: model.width, height: model.height, rtl: options.rtl ?? false },
  );
}

/**
 * A place for the label of node `i` when it has none at rest (it is shown while the node is
 * highlighted): off the other nodes and the labels shown, where it can be.
 */
export function revealLabel(model: NetworkModel, i: number, options: ModelOptions = {}): LabelPlacement {
  const n = model.nodes[i]!;
  const obstacles = model.nodes.flatMap((o) =>
    o.hidden || o === n
      ? []
      : [
          { x: o.x - o.r, y: o.y - o.r, width: 2 * o.r, height: 2 * o.r },
          ...(o.label.visible || o.label.n ? [o.label.box] : []),
        ],
  );
  return placeLabels([labelRequest(n.node, n, model.metrics)], {
    width: model.width,
    height: model.height,
    rtl: options.rtl ?? false,
    obstacles,
  })[0]!;
}

/** Builds the drawing model from positions in px. */
export function buildModel(
  graph: Graph,
  positions: readonly Point[],
  width: number,
  height: number,
  options: ModelOptions = {},
): NetworkModel {
  const m = metrics(graph.nodes.length, width);
  const { index } = graph;
  const expanded = options.expanded ?? new Set<string>();
  const hidden = new Set<number>();
  for (const g of graph.groups)
    if (!expanded.has(g.id)) for (const id of g.leaves) hidden.add(index.get(id)!);
  // Each edge runs the way its type's flow runs: `backward` types from target to source.
  const ends = graph.edges.map((edge) => {
    const flow = flowEnds(graph.dataset, edge);
    const mark: EdgeMark = isNegative(edge) ? 'cross' : flow.directed ? 'arrow' : 'none';
    return { source: index.get(flow.from)!, target: index.get(flow.to)!, mark };
  });
  // A member with other relations keeps its membership as a line to the group's entity.
  const inside = new Set(graph.groups.flatMap((g) => g.inside));
  const tied = m.large
    ? []
    : graph.grouped.flatMap((edge, i) => (inside.has(edge.source) ? [] : [{ edge, i }]));
  const tieEnds = tied.map(({ edge }) => ({
    source: index.get(edge.source)!,
    target: index.get(edge.target)!,
    mark: 'none' as const,
  }));
  // Bent apart with the relations between the same two actors.
  const bend = runSteps(bendSteps([...ends, ...tieEnds], graph.nodes.length));
  const edges: EdgeModel[] = graph.edges.map((edge, i) => {
    const e = { edge, index: i, ...ends[i]!, bend: bend[i]! };
    return { ...e, ...edgeShape(graph, positions, e, m) };
  });
  const ties: EdgeModel[] = tied.map(({ edge, i }, k) => {
    const e = { edge, index: i, ...tieEnds[k]!, bend: bend[ends.length + k]! };
    return { ...e, ...edgeShape(graph, positions, e, m) };
  });
  // Long lines are drawn first, under the short ones: a short line, and each line of a fan
  // between two close actors, stays within reach where long ones cross it.
  if (!m.large) {
    const length = (e: EdgeModel) => {
      const a = positions[e.source]!;
      const b = positions[e.target]!;
      return Math.hypot(b.x - a.x, b.y - a.y) + Math.abs(e.bend);
    };
    edges.sort((a, b) => length(b) - length(a));
  }
  const badges = graph.groups.flatMap((g) =>
    g.leaves.length ? [badgeOf(g, index.get(g.id)!, positions[index.get(g.id)!]!, m, width, expanded)] : [],
  );
  const shown = graph.nodes.flatMap((n, i) => (hidden.has(i) ? [] : [labelRequest(n, positions[i]!, m)]));
  // Labels by importance (most relations first): one that finds no free place is hidden, and
  // shows while its node is highlighted (revealLabel). They keep off the lines where they can.
  // In a small graph such a label shows its number where one fits; a key names it.
  const placed = placeLabels(shown, {
    width,
    height,
    rtl: options.rtl ?? false,
    hideOnCollision: true,
    ...(m.large
      ? { limit: 40 }
      : {
          numbers: true,
          lines: [...edges, ...ties].map((e) =>
            edgePolyline(positions[e.source]!, positions[e.target]!, e.bend),
          ),
        }),
    obstacles: badges.map((b) => b.box),
  });
  const labels = new Map(placed.map((l) => [l.id, l]));
  const nodes: NodeModel[] = graph.nodes.map((node, i) => {
    const p = positions[i]!;
    const box = { x: p.x, y: p.y, width: 0, height: 0 };
    return {
      node,
      index: i,
      x: p.x,
      y: p.y,
      r: m.r,
      label: labels.get(node.id) ?? { id: node.id, x: p.x, y: p.y, anchor: 'middle', box, visible: false },
      hidden: hidden.has(i),
    };
  });
  // The area is drawn tight around the group's entity and the members inside it, with their
  // labels (two points along the middle of a label, padded like the nodes, cover it). Members
  // unfolded from a count were laid out with no room for labels: the area keeps to their nodes.
  const pad = m.r + 8;
  const hulls: HullModel[] = graph.groups.map((group) => {
    const pts: Point[] = [];
    for (const id of [group.id, ...group.inside]) {
      const i = index.get(id);
      if (i === undefined || hidden.has(i)) continue;
      pts.push(positions[i]!);
      const { visible, box } = nodes[i]!.label;
      if (!visible || group.leaves.includes(id)) continue;
      const inset = Math.min(box.width / 2, pad - 4);
      const y = box.y + box.height / 2;
      pts.push({ x: box.x + inset, y }, { x: box.x + box.width - inset, y });
    }
    return { id: group.id, label: group.label, d: paddedHull(pts, pad) };
  });
  return { width, height, metrics: m, nodes, edges, hulls, ties, badges };
}

/** A group's count, above and beside its node (on the side with room); a big graph's too (big-model.ts). */
export function badgeOf(
  group: GraphGroup,
  index: number,
  p: Point,
  m: Metrics,
  width: number,
  expanded: ReadonlySet<string>,
): BadgeModel {
  const open = expanded.has(group.id);
  const text = open ? '−' : `+${group.leaves.length}`;
  const w = textWidth(text, BADGE_FONT) + 6;
  const h = BADGE_FONT + 5;
  const reach = rimOf('organisation', m.r) * 0.6;
  const right = p.x + reach + w <= width;
  const box = {
    x: right ? p.x + reach : p.x - reach - w,
    y: Math.max(0, p.y - reach - h),
    width: w,
    height: h,
  };
  return {
    id: group.id,
    index,
    count: group.leaves.length,
    expanded: open,
    box,
    text: { x: box.x + w / 2, y: box.y + h * 0.78 },
  };
}

/** The path and mark of an edge between the nodes' current positions. */
export function edgeShape(
  graph: Graph,
  positions: readonly Point[],
  e: Pick<EdgeModel, 'source' | 'target' | 'bend' | 'mark'>,
  m: Metrics,
): EdgeGeometry {
  const rim = (i: number) => rimOf(graph.nodes[i]!.kind, m.r);
  return edgeGeometry(
    positions[e.source]!,
    positions[e.target]!,
    rim(e.source),
    rim(e.target),
    e.bend,
    (m.large ? 4 : 7) * (e.mark === 'cross' ? 1.3 : 1),
    e.mark,
  );
}

/**
 * Lays out a graph at once (seeded): positions fitted to the box and the drawing model.
 * `forces`: exact pair by pair unless given (big graphs: `quadtreeForces` of `big-graph.ts`);
 * `pins`: pinned places (default: the dataset's `presentation.network.positions`).
 */
export function layoutNetwork(
  graph: Graph,
  width: number,
  height: number,
  options: ModelOptions & { seed?: number; forces?: Forces; pins?: NetworkPositions } = {},
): NetworkModel {
  const input = forceInput(graph, width, height, options.seed, options.pins);
  const raw = runForceLayout(input, options.forces);
  const positions = fitPositions(raw, width, height, metrics(graph.nodes.length, width), input.fixed);
  return buildModel(graph, positions, width, height, options);
}

/** The height the network takes for a width: taller than wide on phones (the frame reserved there is). */
export function heightFor(width: number): number {
  if (width < 480) return Math.round(width * 1.3);
  return Math.round(Math.min(width * 0.7, 720));
}
