/**
 * The indexes label placement queries: the grid of boxes must meet every box near a query, once,
 * and the grid of lines must count every line that passes through a box, as testing every
 * segment of every line does.
 */
import { expect } from '@open-wc/testing';
import type { Box } from '../src/box-grid.js';
import { boxGrid, overlap } from '../src/box-grid.js';
import type { Points } from '../src/line-crossings.js';
import { crossings, lineGrid, segmentHitsBox } from '../src/line-crossings.js';
import { lcg } from '../src/random.js';

const random = lcg(11);
const between = (a: number, b: number) => a + random() * (b - a);

/** A polyline of 2 to 5 points in a 500 × 400 area (a few beyond it); some run along cell edges. */
function randomLine(k: number): Points {
  if (k % 7 === 0) {
    // Along a cell edge of a 32 or 64 px grid, horizontally or vertically.
    const at = 64 * Math.floor(between(0, 7));
    const [a, b] = [between(-20, 520), between(-20, 520)];
    return k % 2
      ? [
          { x: at, y: a },
          { x: at, y: b },
        ]
      : [
          { x: a, y: at },
          { x: b, y: at },
        ];
  }
  const n = 2 + Math.floor(random() * 4);
  return Array.from({ length: n }, () => ({ x: between(-30, 530), y: between(-30, 430) }));
}

/** A box from a few px to larger than a cell; some flush with cell edges. */
function randomBox(k: number): Box {
  const width = k % 5 === 0 ? between(60, 200) : between(2, 70);
  const height = k % 3 === 0 ? between(20, 90) : between(2, 20);
  const x = k % 11 === 0 ? 64 * Math.floor(between(0, 7)) : between(-40, 520);
  const y = k % 13 === 0 ? 64 * Math.floor(between(0, 6)) - height : between(-40, 420);
  return { x, y, width, height };
}

/** The lines through a box, every segment of every line tested (a line counts when its bounding box overlaps the box too). */
function bruteCrossings(b: Box, lines: readonly Points[]): number {
  return lines.filter((line) => {
    const xs = line.map((p) => p.x);
    const ys = line.map((p) => p.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const bounds = { x, y, width: Math.max(...xs) - x + 0.01, height: Math.max(...ys) - y + 0.01 };
    return (
      overlap(b, bounds) &&
      line.some((p, i) => i > 0 && segmentHitsBox(line[i - 1]!.x, line[i - 1]!.y, p.x, p.y, b))
    );
  }).length;
}

const area = (a: Box, b: Box) => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

describe('label indexes', () => {
  const lines = Array.from({ length: 300 }, (_, k) => randomLine(k));
  const boxes = Array.from({ length: 2000 }, (_, k) => randomBox(k));

  for (const size of [16, 32, 64])
    it(`counts the lines through a box as a test of every segment does (cells of ${size} px)`, () => {
      const grid = lineGrid(lines, size);
      const wrong: string[] = [];
      let crossed = 0;
      for (const b of boxes) {
        const want = bruteCrossings(b, lines);
        crossed += want;
        const got = crossings(b, grid, Infinity);
        if (got !== want) wrong.push(`${JSON.stringify(b)}: ${got}, not ${want}`);
        // Counted no further than asked.
        if (crossings(b, grid, 2) !== Math.min(want, 2)) wrong.push(`${JSON.stringify(b)} up to 2`);
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
      // The random boxes do cross lines (the comparison is not between zeros).
      expect(crossed).to.be.greaterThan(boxes.length);
    });

  it('files an item under another box (a line by its bounding box, under the cells it passes through), once per query', () => {
    const grid = boxGrid<{ line: Points }>(32);
    const items = lines.map((line) => ({ line }));
    for (const item of items) {
      const { line } = item;
      const xs = line.map((p) => p.x);
      const ys = line.map((p) => p.y);
      const [x, y] = [Math.min(...xs), Math.min(...ys)];
      grid.add(
        item,
        (c) => line.some((p, i) => i > 0 && segmentHitsBox(line[i - 1]!.x, line[i - 1]!.y, p.x, p.y, c)),
        { x, y, width: Math.max(...xs) - x + 0.01, height: Math.max(...ys) - y + 0.01 },
      );
    }
    let through = 0;
    const wrong: string[] = [];
    for (const b of boxes.slice(0, 500)) {
      const met: { line: Points }[] = [];
      grid.near(b, (o) => void met.push(o));
      if (new Set(met).size !== met.length) wrong.push(`${JSON.stringify(b)}: an item met twice`);
      // Every line through the box is met (the grid may meet more: those through its cells).
      const want = items.filter(({ line }) => bruteCrossings(b, [line]) > 0);
      through += want.length;
      if (want.some((o) => !met.includes(o))) wrong.push(`${JSON.stringify(b)}: a line through it not met`);
      // And none that passes through no cell the box touches (each cell padded by a pixel).
      const cells: Box[] = [];
      for (let cx = Math.floor(b.x / 32); cx <= Math.floor((b.x + b.width) / 32); cx++)
        for (let cy = Math.floor(b.y / 32); cy <= Math.floor((b.y + b.height) / 32); cy++)
          cells.push({ x: cx * 32 - 1, y: cy * 32 - 1, width: 34, height: 34 });
      if (met.some(({ line }) => !cells.some((c) => bruteCrossings(c, [line]) > 0)))
        wrong.push(`${JSON.stringify(b)}: a line met that passes through none of its cells`);
    }
    expect(wrong.slice(0, 5)).to.deep.equal([]);
    expect(through).to.be.greaterThan(500);
  });

  it('the grid of boxes meets every box near a query once: its overlap area is the sum over all boxes', () => {
    const placed = boxes.slice(0, 400);
    const grid = boxGrid(40);
    for (const b of placed) grid.add(b);
    let hits = 0;
    for (const b of boxes.slice(400, 1400)) {
      const want = placed.reduce((sum, o) => sum + area(b, o), 0);
      hits += want > 0 ? 1 : 0;
      expect(grid.cost(b)).to.be.closeTo(want, 1e-6 * Math.max(1, want));
      expect(grid.cost(b, true) > 0).to.equal(want > 0);
      const met: Box[] = [];
      grid.near(b, (o) => void met.push(o));
      expect(new Set(met).size).to.equal(met.length);
      expect(placed.filter((o) => overlap(b, o) && !met.includes(o))).to.deep.equal([]);
    }
    expect(hits).to.be.greaterThan(100);
  });
});
