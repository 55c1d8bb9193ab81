/**
 * The seeded force simulation. The same input gives the same positions on every load
 * and every machine: initial positions and the forces' jiggle come from a seeded LCG
 * (integer arithmetic), no trigonometry is involved, and the simulation runs a fixed
 * number of ticks rather than for a time. Ticks can be run in slices
 * ({@link ForceLayout.step}) so the caller can yield to the page between them.
 *
 * The forces are d3-force's, written out here with only what the network uses: the tick
 * loop (the few lines of `forceSimulation.tick`), the link force (`forceLink` with one
 * iteration, its degree bias and jiggle: the same arithmetic in the same order, so the same
 * positions), repulsion and collision (d3's many-body and collide forces computed over every
 * pair, exact, no Barnes–Hut: as fast at 1,000 nodes) and the centring pull (d3's
 * forceX/forceY in two lines). None of d3 reaches the bundle.
 *
 * @module
 */
import { lcg } from './random.js';

/** What the simulation needs. */
export interface ForceInput {
  /** Number of nodes. */
  count: number;
  /** Pairs of node indices that attract. */
  links: readonly (readonly [number, number])[];
  /** Radius each node keeps clear around itself (node plus room for its label). */
  radii: readonly number[];
  /** Optional group (cluster) index per node, -1 for none; members are pulled together. */
  clusters?: readonly number[];
  width: number;
  height: number;
  seed?: number;
}

/** A running layout. */
export interface ForceLayout {
  /** Runs up to `ticks` more ticks. */
  step(ticks: number): void;
  /** True when every tick has run. */
  readonly done: boolean;
  /** Current positions, centred on the origin. */
  positions(): { x: number; y: number }[];
}

interface Node {
  index: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Ticks for a graph of `count` nodes: fewer for big graphs, which converge well enough sooner. */
export function tickCount(count: number): number {
  return count > 400 ? 150 : count > 150 ? 220 : 300;
}

/** Creates a seeded layout; nothing runs until {@link ForceLayout.step}. */
export function createForceLayout(input: ForceInput): ForceLayout {
  const { count, links, radii, width, height, seed = 1 } = input;
  const random = lcg(seed);
  const area = Math.max(1, width * height);
  const spacing = Math.max(18, Math.min(140, Math.sqrt(area / Math.max(1, count)) * 0.75));
  const spread = spacing * Math.sqrt(count) * 0.5;
  const nodes: Node[] = [];
  for (let i = 0; i < count; i++) {
    nodes.push({
      index: i,
      x: (random() - 0.5) * spread * 2,
      y: (random() - 0.5) * spread * 2,
      vx: 0,
      vy: 0,
    });
  }
  const totalTicks = tickCount(count);
  const alphaMin = 0.001;
  const alphaDecay = 1 - Math.pow(alphaMin, 1 / totalTicks);
  const velocityDecay = 0.6;
  let alpha = 1;
  const forces: ((alpha: number) => void)[] = [];
  const add = (force: (alpha: number) => void) => forces.push(force);
  const degree = new Array<number>(count).fill(0);
  for (const [s, t] of links) {
    degree[s]!++;
    degree[t]!++;
  }
  // Links pull their ends to a distance, the end with fewer links moving more (d3's forceLink).
  add((alpha: number) =>
    links.forEach(([s, t]) => {
      const a = nodes[s]!;
      const b = nodes[t]!;
      const bias = degree[s]! / (degree[s]! + degree[t]!);
      let x = b.x + b.vx - a.x - a.vx || (random() - 0.5) * 1e-6;
      let y = b.y + b.vy - a.y - a.vy || (random() - 0.5) * 1e-6;
      const l = Math.sqrt(x * x + y * y);
      const k =
        ((l - (spacing * 0.6 + radii[s]! + radii[t]!)) / l) *
        alpha *
        (0.7 / Math.min(degree[s]!, degree[t]!));
      x *= k;
      y *= k;
      b.vx -= x * bias;
      b.vy -= y * bias;
      a.vx += x * (1 - bias);
      a.vy += y * (1 - bias);
    }),
  );
  const charge = -spacing * (count > 400 ? 0.9 : 1.4);
  const reach = (spacing * 8) ** 2;
  const passes = count > 400 ? 1 : 2;
  add((alpha: number) => {
    for (let pass = 0; pass < passes; pass++)
      for (let i = 0; i < count; i++) {
        const a = nodes[i]!;
        const ra = radii[i]!;
        for (let j = i + 1; j < count; j++) {
          const b = nodes[j]!;
          let x = b.x - a.x;
          let y = b.y - a.y;
          let l = x * x + y * y;
          if (!l) {
            x = (random() - 0.5) * 1e-6;
            y = (random() - 0.5) * 1e-6;
            l = x * x + y * y;
          }
          // Many-body (first pass): every pair within reach pushes apart.
          if (!pass && l < reach) {
            const f = (charge * alpha) / (l < 1 ? Math.sqrt(l) : l);
            a.vx += x * f;
            a.vy += y * f;
            b.vx -= x * f;
            b.vy -= y * f;
          }
          // Collision: overlapping radii (at the next positions) push apart, the smaller node more.
          const rb = radii[j]!;
          const r = ra + rb;
          x += b.vx - a.vx;
          y += b.vy - a.vy;
          l = x * x + y * y;
          if (l && l < r * r) {
            l = Math.sqrt(l);
            const k = (r - l) / l;
            const w = (rb * rb) / (ra * ra + rb * rb);
            a.vx -= x * k * w;
            a.vy -= y * k * w;
            b.vx += x * k * (1 - w);
            b.vy += y * k * (1 - w);
          }
        }
      }
  });
  // Pull towards the centre (d3's forceX/forceY towards 0), more strongly across the short
  // side, so the picture takes the box's shape; and group members towards their group.
  const pull = 0.06 / Math.sqrt(Math.max(1, count / 60));
  const px = pull * Math.min(1.5, height / width);
  const py = pull * Math.min(1.5, width / height);
  const clusters = input.clusters ?? [];
  add((alpha: number) => {
    const sums = new Map<number, { x: number; y: number; n: number }>();
    for (const node of nodes) {
      node.vx += -node.x * px * alpha;
      node.vy += -node.y * py * alpha;
      const c = clusters[node.index] ?? -1;
      if (c < 0) continue;
      const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
      s.x += node.x;
      s.y += node.y;
      s.n++;
      sums.set(c, s);
    }
    for (const node of nodes) {
      const s = sums.get(clusters[node.index] ?? -1);
      if (!s) continue;
      node.vx += (s.x / s.n - node.x) * alpha * 0.15;
      node.vy += (s.y / s.n - node.y) * alpha * 0.15;
    }
  });
  let ticksDone = 0;
  return {
    step(ticks: number): void {
      for (; ticks-- > 0 && ticksDone < totalTicks; ticksDone++) {
        alpha += (0 - alpha) * alphaDecay;
        for (const force of forces) force(alpha);
        for (const node of nodes) {
          node.x += node.vx *= velocityDecay;
          node.y += node.vy *= velocityDecay;
        }
      }
    },
    get done() {
      return ticksDone >= totalTicks;
    },
    positions: () => nodes.map((n) => ({ x: n.x, y: n.y })),
  };
}

/** Runs a layout to the end at once (tests, Node, small graphs). */
export function runForceLayout(input: ForceInput): { x: number; y: number }[] {
  const layout = createForceLayout(input);
  layout.step(Infinity);
  return layout.positions();
}
