/**
 * Label placement with collision avoidance: each label tries positions around its node,
 * in order of preference, and takes the first that overlaps no node, no label already
 * placed and stays inside the bounds. Pure and deterministic; no DOM (text widths are
 * estimated from the character count).
 *
 * @module
 */
import type { Box } from './box-grid.js';
import { boxGrid } from './box-grid.js';
import { crossings, lineGrid } from './line-crossings.js';

export type { Box } from './box-grid.js';
export { overlap } from './box-grid.js';
export { segmentHitsBox } from './line-crossings.js';

/** A label that wants a place next to its node. */
export interface LabelRequest {
  id: string;
  /** Node centre and radius. */
  x: number;
  y: number;
  r: number;
  width: number;
  height: number;
  /** Higher is placed first. */
  priority: number;
}

/** Where a label goes. `x`, `y` are the SVG text position (baseline) for `anchor`. */
export interface LabelPlacement {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** False when no free place was found and `hideOnCollision` was set. */
  visible: boolean;
  /** With `numbers`: where the label found no place, the number placed instead (see {@link LabelOptions.numbers}). */
  n?: number;
}

/** Options for {@link placeLabels}. */
export interface LabelOptions {
  width: number;
  height: number;
  /** Prefer the left side first (right-to-left pages). */
  rtl?: boolean;
  /** Hide labels that find no free place instead of keeping the least bad one. */
  hideOnCollision?: boolean;
  /** Gap between node and label. */
  gap?: number;
  /** Places at most this many labels (by priority); the rest are hidden. */
  limit?: number;
  /** Other boxes no label may overlap (besides the nodes). */
  obstacles?: readonly Box[];
  /**
   * Lines, as polylines, a label should not cross: of the free places, a label takes the one
   * crossing the fewest, nearest its node first.
   */
  lines?: readonly (readonly { x: number; y: number }[])[];
  /**
   * With `hideOnCollision`: a label that finds no free place tries, by the same rules, to place a
   * number instead (1 for the most important of them, then 2, …), which a key names.
   */
  numbers?: boolean;
}

type Anchor = LabelPlacement['anchor'];

/** Directions tried around a node, best first: right, left, below, above, then the diagonals. */
const DIRS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
] as const;

/** Places tried per label: 12 next to the node, then the same pushed out in 3 farther rings. */
const PLACES = 48;

/**
 * The `k`-th place tried for a label, best first: the 8 directions of {@link DIRS}, then below
 * and above flush with one side of the node (near a wall or a neighbour), then the same 12
 * pushed out by 0.9, 1.8 and 2.8 label heights (for crowded spots).
 */
function candidate(req: LabelRequest, k: number, gap: number, rtl: boolean): { box: Box; anchor: Anchor } {
  const { x, y, r, width: w, height: h } = req;
  const j = k % 12;
  // Right-to-left pages prefer the left side: the directions are mirrored. Past the 8
  // directions: the side and the vertical direction of the flush places.
  const [ltrX, dy] = DIRS[j] ?? [j % 2 ? -1 : 1, j < 10 ? 1 : -1];
  const dx = rtl ? -ltrX : ltrX;
  const d = dx && dy ? r * 0.7 + gap : r + gap;
  const tuck = dx ? 2 : 0;
  let box =
    j < 8
      ? {
          x: dx > 0 ? x + d : dx < 0 ? x - d - w : x - w / 2,
          y: dy > 0 ? y + d - tuck : dy < 0 ? y - d - h + tuck : y - h / 2,
          width: w,
          height: h,
        }
      : { x: dx > 0 ? x - r : x + r - w, y: dy > 0 ? y + r + gap : y - r - gap - h, width: w, height: h };
  const push = h * [0, 0.9, 1.8, 2.8][ringOf(k)]!;
  if (push) {
    const dx = box.x + box.width / 2 - x;
    const dy = box.y + box.height / 2 - y;
    const len = Math.hypot(dx, dy) || 1;
    box = { x: box.x + (dx / len) * push, y: box.y + (dy / len) * push, width: w, height: h };
  }
  return { box, anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle' };
}

/** How far from its node a candidate of {@link candidate} is: 0 for the nearest ring (8 directions and 4 flush places), then 1, 2, 3. */
const ringOf = (k: number) => Math.floor(k / 12);

function textPosition(box: Box, anchor: Anchor): { x: number; y: number } {
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  // Baseline: about 0.78 of the box height from its top for a box of 1.25 line height.
  return { x, y: box.y + box.height * 0.78 };
}

/**
 * Places labels next to their nodes. Nodes are obstacles for every label, and each placed
 * label is an obstacle for the next. Returns one placement per request, in request order.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): LabelPlacement[] {
  const { width, height, rtl = false, hideOnCollision = false, gap = 3, limit = Infinity } = options;
  const cell = Math.max(16, Math.min(64, Math.sqrt((width * height) / Math.max(1, requests.length))));
  const grid = boxGrid(cell);
  const lines = lineGrid(options.lines ?? [], cell);
  const nodeBoxes = new Map<string, Box>();
  for (const req of requests) {
    const box = { x: req.x - req.r, y: req.y - req.r, width: req.r * 2, height: req.r * 2 };
    nodeBoxes.set(req.id, box);
    grid.add(box);
  }
  for (const box of options.obstacles ?? []) grid.add(box);
  const order = requests
    .map((req, i) => ({ req, i }))
    .sort((a, b) => b.req.priority - a.req.priority || a.i - b.i);
  const result = new Array<LabelPlacement>(requests.length);
  let placed = 0;
  // With a limit, only the first few candidates by priority are tried (big graphs stay fast).
  let tries = limit * 2;
  const find = (req: LabelRequest) => {
    let best: { box: Box; anchor: Anchor; cost: number; score: number } | null = null;
    for (let k = 0; k < PLACES; k++) {
      const c = candidate(req, k, gap, rtl);
      const b = c.box;
      const outside =
        Math.max(0, -b.x) +
        Math.max(0, b.x + b.width - width) +
        Math.max(0, -b.y) +
        Math.max(0, b.y + b.height - height);
      // Past a free place, or when a label with none is hidden, only whether a place is free
      // matters (not how bad it is).
      const free: boolean = best?.cost === 0;
      const cost: number = grid.cost(b, free || hideOnCollision) + outside * b.height * 4;
      // A free place is scored by the lines it crosses (counted only as far as it could beat the
      // best so far), and half a line per ring farther out: with no lines, the first free place.
      const ring = ringOf(k) * 0.5;
      const score: number = cost ? 0 : crossings(b, lines, free ? best!.score - ring : Infinity) + ring;
      if (!best || cost < best.cost || (cost === 0 && score < best.score)) best = { ...c, cost, score };
      if (cost === 0 && best.score === 0) break;
      // Past the best so far, farther rings only score worse.
      if (best.cost === 0 && best.score <= ringOf(k + 1) * 0.5) break;
    }
    // A label with no free place, to be hidden, has none.
    return hideOnCollision && best!.cost ? null : best;
  };
  for (const { req, i } of order) {
    const best = placed < limit && tries-- > 0 ? find(req) : null;
    const visible = !!best;
    if (best) {
      grid.add(best.box);
      placed++;
    }
    const box = best?.box ?? nodeBoxes.get(req.id)!;
    const anchor = best?.anchor ?? 'middle';
    result[i] = {
      id: req.id,
      ...textPosition(box, anchor),
      anchor,
      box,
      visible,
    };
  }
  let n = 0;
  // A number, in bold digits (about 0.6 em wide; no descenders, so one em high).
  if (options.numbers)
    for (const { req, i } of order) {
      const h = req.height * 0.8;
      const best = result[i]!.visible
        ? null
        : find({ ...req, width: String(n + 1).length * h * 0.62, height: h });
      if (best?.cost === 0) {
        grid.add(best.box);
        result[i] = {
          ...result[i]!,
          ...textPosition(best.box, best.anchor),
          anchor: best.anchor,
          box: best.box,
          n: ++n,
        };
      }
    }
  return result;
}
