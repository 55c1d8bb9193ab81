// The force layouts compared by `node bench/network-layout.mjs --layouts`: ours
// (packages/actor-network/src/simulate.ts, with the forces the element picks for the size:
// exact up to LARGE_GRAPH nodes, Barnes–Hut over a quadtree above), d3-force and graphology's
// ForceAtlas2 with Barnes–Hut, all on the same seeded synthetic graph (3 edges per node) with
// the same radii and the same initial positions and, where a layout has the knob, the same
// forces. Bundled by esbuild for Node and for Chromium. Each run goes to a settled layout by its
// own schedule: ours a fixed tick count, d3-force until alpha falls below alphaMin (300 ticks),
// ForceAtlas2 (no cooling) until the picture stops growing (see runFa2). Each runs as a page
// would run it naively: synchronously, to the end, in one call.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import { buildGraph } from '../packages/actor-network/src/graph.js';
import { forceInput, LARGE_GRAPH } from '../packages/actor-network/src/layout.js';
import { overlappingNodes } from '../packages/actor-network/src/overlap.js';
import { lcg } from '../packages/actor-network/src/random.js';
import { quadtreeForces } from '../packages/actor-network/src/big-graph.js';
import { createForceLayout, tickCount, type ForceInput } from '../packages/actor-network/src/simulate.js';
import { syntheticDataset } from '../packages/actor-network/src/synthetic.js';

type Point = { x: number; y: number };
export interface Outcome {
  ms: number;
  /** Ticks or iterations run. */
  ticks: number;
  /** Share of nodes overlapping another (see overlap.ts). */
  overlap: number;
  /** Mean move of a node in the last tick, over the mean radius. */
  lastMove: number;
}

/** The layout's links (one after the other, flat) as pairs of node indices. */
export const pairsOf = (links: ArrayLike<number>): [number, number][] =>
  Array.from({ length: links.length / 2 }, (_, k) => [links[2 * k]!, links[2 * k + 1]!]);

/** The element's own force input for a synthetic graph of `n` nodes in a 1000 × 700 box. */
export function graphInput(n: number): ForceInput {
  const graph = buildGraph(syntheticDataset(n, 3 * n), { memberships: 'edges', compact: false });
  return forceInput(graph, 1000, 700, 1);
}

/** The spacing simulate.ts derives from the box and the node count (same formula). */
const spacingOf = (input: ForceInput) =>
  Math.max(18, Math.min(140, Math.sqrt((input.width * input.height) / Math.max(1, input.count)) * 0.75));

/** Our initial positions (simulate.ts draws them from the same LCG), for the other layouts. */
function initial(input: ForceInput): Point[] {
  const random = lcg(input.seed ?? 1);
  const spread = spacingOf(input) * Math.sqrt(input.count) * 0.5;
  return Array.from({ length: input.count }, () => ({
    x: (random() - 0.5) * spread * 2,
    y: (random() - 0.5) * spread * 2,
  }));
}

const meanRadius = (input: ForceInput) => input.radii.reduce((a, b) => a + b, 0) / input.count;

function outcome(input: ForceInput, t0: number, ticks: number, before: Point[], after: Point[]): Outcome {
  const ms = performance.now() - t0;
  const move = after.reduce((a, p, i) => a + Math.hypot(p.x - before[i]!.x, p.y - before[i]!.y), 0);
  return {
    ms,
    ticks,
    overlap: overlappingNodes(after, input.radii) / input.count,
    lastMove: move / input.count / meanRadius(input),
  };
}

export function runOurs(input: ForceInput): Outcome {
  const t0 = performance.now();
  const layout = createForceLayout(input, input.count > LARGE_GRAPH ? quadtreeForces : undefined);
  // Positions before the last tick, for the last tick's move (a copy of n points, once).
  while (layout.ticks < tickCount(input.count) - 1) layout.step(1);
  const before = layout.positions();
  layout.step(Infinity);
  return outcome(input, t0, layout.ticks, before, layout.positions());
}

type D3Node = SimulationNodeDatum & { r: number };

export function runD3(input: ForceInput): Outcome {
  const t0 = performance.now();
  const spacing = spacingOf(input);
  const nodes: D3Node[] = initial(input).map((p, i) => ({ ...p, r: input.radii[i]! }));
  const pull = 0.06 / Math.sqrt(Math.max(1, input.count / 60));
  const { width, height } = input;
  const sim = forceSimulation(nodes)
    .randomSource(lcg(input.seed ?? 1))
    .force(
      'link',
      forceLink<D3Node, { source: number; target: number }>(
        pairsOf(input.links).map(([source, target]) => ({ source, target })),
      ).distance(
        (l) => spacing * 0.6 + (l.source as unknown as D3Node).r + (l.target as unknown as D3Node).r,
      ),
    )
    .force('charge', forceManyBody().strength(-spacing * (input.count > 400 ? 0.9 : 1.4)))
    .force(
      'collide',
      forceCollide<D3Node>((d) => d.r),
    )
    .force('x', forceX(0).strength(pull * Math.min(1.5, height / width)))
    .force('y', forceY(0).strength(pull * Math.min(1.5, width / height)))
    .stop();
  let ticks = 0;
  let before: Point[] = [];
  while (sim.alpha() >= sim.alphaMin()) {
    before = nodes.map((n) => ({ x: n.x!, y: n.y! }));
    sim.tick();
    ticks++;
  }
  return outcome(
    input,
    t0,
    ticks,
    before,
    nodes.map((n) => ({ x: n.x!, y: n.y! })),
  );
}

/** graphology's ForceAtlas2 and the graph class, when the bench passes them (Node only). */
export interface Fa2 {
  Graph: new (options?: object) => {
    addNode(key: string, attributes: object): void;
    mergeEdge(source: string, target: string): void;
    getNodeAttributes(key: string): Point;
  };
  forceAtlas2: {
    assign(graph: unknown, options: { iterations: number; settings: object }): void;
    inferSettings(graph: unknown): object;
  };
}

/** Root mean square distance of the points from their centroid. */
function spreadOf(ps: Point[]): number {
  const cx = ps.reduce((a, p) => a + p.x, 0) / ps.length;
  const cy = ps.reduce((a, p) => a + p.y, 0) / ps.length;
  return Math.sqrt(ps.reduce((a, p) => a + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / ps.length);
}

/**
 * ForceAtlas2 with Barnes–Hut on and graphology's inferred settings, otherwise its defaults (as
 * a page would call it; `adjustSizes` left off: with it on, nodes crept by a few hundredths of
 * a pixel per iteration and a 1,000-node graph had not settled after 1,000 iterations), from
 * our initial positions, in batches of 10 iterations until the picture stops growing: its
 * spread (root mean square distance from the centroid) changed by less than 0.5 % over the last
 * 50 iterations (or 2,000 iterations). ForceAtlas2 picks its own scale, so the settled picture
 * is scaled until its links have the mean length ours are given (spacing × 0.6 + both radii)
 * before overlap and the last move are measured.
 */
export function runFa2(input: ForceInput, { Graph, forceAtlas2 }: Fa2): Outcome {
  const t0 = performance.now();
  const graph = new Graph({ type: 'undirected', multi: false });
  initial(input).forEach((p, i) => graph.addNode(`${i}`, { ...p, size: input.radii[i] }));
  for (const [s, t] of pairsOf(input.links)) if (s !== t) graph.mergeEdge(`${s}`, `${t}`);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const read = () => Array.from({ length: input.count }, (_, i) => ({ ...graph.getNodeAttributes(`${i}`) }));
  const spreads: number[] = [];
  let ticks = 0;
  let before: Point[];
  let after: Point[];
  for (;;) {
    forceAtlas2.assign(graph, { iterations: 9, settings });
    before = read();
    forceAtlas2.assign(graph, { iterations: 1, settings });
    ticks += 10;
    after = read();
    spreads.push(spreadOf(after));
    const then = spreads[spreads.length - 6];
    if ((then !== undefined && Math.abs(spreads[spreads.length - 1]! - then) < 0.005 * then) || ticks >= 2000)
      break;
  }
  const ms = performance.now() - t0;
  const spacing = spacingOf(input);
  let want = 0;
  let have = 0;
  for (const [s, t] of pairsOf(input.links)) {
    want += spacing * 0.6 + input.radii[s]! + input.radii[t]!;
    have += Math.hypot(after[s]!.x - after[t]!.x, after[s]!.y - after[t]!.y);
  }
  const k = have > 0 ? want / have : 1;
  const scale = (ps: Point[]) => ps.map((p) => ({ x: p.x * k, y: p.y * k }));
  return { ...outcome(input, t0, ticks, scale(before), scale(after)), ms };
}
