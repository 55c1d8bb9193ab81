import { expect } from '@open-wc/testing';
import { quadtree } from 'd3-quadtree';
import type { Body } from '../src/bodies.js';
import { visit } from '../src/tree.js';

/** `n` bodies spread over 1000 × 700 by a seeded generator, some of them at one point. */
function bodies(n: number): Body[] {
  let seed = 7;
  const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  return Array.from({ length: n }, (_, index) =>
    index % 50 === 0
      ? { index, x: 500, y: 350, vx: 0, vy: 0 }
      : { index, x: next() * 1000, y: next() * 700, vx: 0, vy: 0 },
  );
}

describe('actor-network quadtree visit', () => {
  for (const skipBelow of [0, 40, 300])
    it(`visits the quads d3-quadtree's visit does, in its order, with its bounds (skipping quads under ${skipBelow} px)`, () => {
      const tree = quadtree<Body>()
        .x((b) => b.x)
        .y((b) => b.y)
        .addAll(bodies(3000));
      const record = (seen: unknown[]) => (quad: unknown, x0: number, y0: number, x1: number, y1: number) => {
        seen.push(quad, x0, y0, x1, y1);
        return x1 - x0 < skipBelow;
      };
      const d3: unknown[] = [];
      const ours: unknown[] = [];
      tree.visit(record(d3));
      visit(tree, record(ours));
      expect(ours.length).to.be.greaterThan(skipBelow ? 20 : 3000 * 5);
      expect(ours.length).to.equal(d3.length);
      expect(ours.every((v, i) => v === d3[i])).to.equal(true);
    });

  it('visits nothing in an empty tree, and a lone body once', () => {
    const seen: unknown[] = [];
    visit(quadtree<Body>(), (quad) => void seen.push(quad));
    expect(seen).to.deep.equal([]);
    const one = quadtree<Body>()
      .x((b) => b.x)
      .y((b) => b.y)
      .addAll(bodies(1));
    visit(one, (quad) => void seen.push(quad));
    expect(seen).to.have.length(1);
  });
});
