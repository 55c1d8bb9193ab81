import { expect } from '@open-wc/testing';
import { forceManyBody } from 'd3-force';
import type { SimulationNodeDatum } from 'd3-force';
import { repel } from '../src/barnes-hut.js';
import type { Bodies } from '../src/bodies.js';
import { lcg } from '../src/random.js';

/** `n` bodies at rest, at seeded places in a 1,000 px square (two of them far apart from the rest). */
function scattered(n: number): Bodies {
  const random = lcg(5);
  const x = Float64Array.from({ length: n }, () => random() * 1000);
  const y = Float64Array.from({ length: n }, () => random() * 1000);
  x[0] = -4000;
  y[1] = 9000;
  return { x, y, vx: new Float64Array(n), vy: new Float64Array(n) };
}

/** The velocities d3-force's many-body force gives the same bodies, with the same theta and least distance. */
function d3Pushes(bodies: Bodies, strength: number, alpha: number): [number[], number[]] {
  const nodes: SimulationNodeDatum[] = [...bodies.x].map((x, i) => ({ x, y: bodies.y[i], vx: 0, vy: 0 }));
  const force = forceManyBody().strength(strength).theta(0.9).distanceMin(1);
  force.initialize(nodes, Math.random);
  force(alpha);
  return [nodes.map((d) => d.vx!), nodes.map((d) => d.vy!)];
}

describe('actor-network Barnes–Hut repulsion', () => {
  for (const n of [1, 2, 300, 3000])
    it(`pushes ${n} bodies as d3-force's many-body force does`, () => {
      const bodies = scattered(n);
      const [strength, alpha] = [-30, 0.4];
      const [dx, dy] = d3Pushes(bodies, strength, alpha);
      const meter = { done: 0, due: Infinity };
      const pass = repel(bodies, strength, alpha, Math.random, meter);
      while (!pass.next().done);
      expect(meter.done, 'quads visited and bodies placed').to.be.above(n > 1 ? n * 5 : 0);
      let worst = 0;
      for (let i = 0; i < n; i++) {
        // The same terms in the same order; only the order of a product's factors differs.
        const scale = Math.max(Math.hypot(dx[i]!, dy[i]!), 1e-12);
        worst = Math.max(worst, Math.hypot(bodies.vx[i]! - dx[i]!, bodies.vy[i]! - dy[i]!) / scale);
      }
      expect(worst).to.be.below(1e-9);
      if (n > 1) expect(Math.hypot(bodies.vx[0]!, bodies.vy[0]!), 'a push').to.be.above(0);
    });
});
