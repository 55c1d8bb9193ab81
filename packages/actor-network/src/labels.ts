/**
 * Label placement with collision avoidance: each label tries positions around its node,
 * in order of preference, and takes the first that overlaps no node, no label already
 * placed and stays inside the bounds. Pure and deterministic; no DOM (text widths are
 * estimated from the character count).
 *
 * @module
 */

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

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

/** True when the segment from (x0, y0) to (x1, y1) passes through the box (Liang–Barsky). */
export function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - b.x],
    [dx, b.x + b.width - x0],
    [-dy, y0 - b.y],
    [dy, b.y + b.height - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** How many of the lines pass through the box. */
function crossings(b: Box, lines: readonly (readonly { x: number; y: number }[])[]): number {
  let n = 0;
  for (const line of lines)
    for (let k = 1; k < line.length; k++) {
      const p = line[k - 1]!;
      const q = line[k]!;
      if (segmentHitsBox(p.x, p.y, q.x, q.y, b)) {
        n++;
        break;
      }
    }
  return n;
}

/** True when two boxes overlap (touching is not overlapping). */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** A uniform grid of boxes for fast overlap queries. */
class Grid {
  private cells = new Map<number, Box[]>();
  constructor(private readonly size: number) {}
  /** The cells a box touches. */
  private cellsOf(b: Box): Box[][] {
    const s = this.size;
    const out: Box[][] = [];
    for (let x = Math.floor(b.x / s); x <= Math.floor((b.x + b.width) / s); x++)
      for (let y = Math.floor(b.y / s); y <= Math.floor((b.y + b.height) / s); y++) {
        const k = (x + 4096) * 8192 + (y + 4096);
        if (!this.cells.has(k)) this.cells.set(k, []);
        out.push(this.cells.get(k)!);
      }
    return out;
  }
  add(b: Box): void {
    for (const cell of this.cellsOf(b)) cell.push(b);
  }
  /** Total overlap area with the boxes in the grid. */
  cost(b: Box): number {
    const seen = new Set(this.cellsOf(b).flat());
    let sum = 0;
    for (const other of seen) sum += overlapArea(b, other);
    return sum;
  }
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

function candidates(req: LabelRequest, gap: number, rtl: boolean): { box: Box; anchor: Anchor }[] {
  const { x, y, r, width: w, height: h } = req;
  // Right-to-left pages prefer the left side: the directions are mirrored.
  const around = DIRS.map(([ltrX, dy]) => {
    const dx = rtl ? -ltrX : ltrX;
    const d = dx && dy ? r * 0.7 + gap : r + gap;
    const tuck = dx ? 2 : 0;
    return {
      box: {
        x: dx > 0 ? x + d : dx < 0 ? x - d - w : x - w / 2,
        y: dy > 0 ? y + d - tuck : dy < 0 ? y - d - h + tuck : y - h / 2,
        width: w,
        height: h,
      },
      anchor: (dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle') as Anchor,
    };
  });
  // Below and above, flush with one side of the node (near a wall or a neighbour).
  const flush = [1, -1].flatMap((dy) =>
    (rtl ? [-1, 1] : [1, -1]).map((side) => ({
      box: {
        x: side > 0 ? x - r : x + r - w,
        y: dy > 0 ? y + r + gap : y - r - gap - h,
        width: w,
        height: h,
      },
      anchor: (side > 0 ? 'start' : 'end') as Anchor,
    })),
  );
  const near = [...around, ...flush];
  // Farther rings for crowded spots.
  const ring = (push: number) =>
    near.map(({ box, anchor }) => {
      const dx = box.x + box.width / 2 - x;
      const dy = box.y + box.height / 2 - y;
      const len = Math.hypot(dx, dy) || 1;
      return { box: { ...box, x: box.x + (dx / len) * push, y: box.y + (dy / len) * push }, anchor };
    });
  return [...near, ...ring(h * 0.9), ...ring(h * 1.8), ...ring(h * 2.8)];
}

/** How far from its node a candidate of {@link candidates} is: 0 for the nearest ring (8 directions and 4 flush places), then 1, 2, 3. */
const ringOf = (k: number) => Math.floor(k / (DIRS.length + 4));

/** The lines near a box, from a list of lines with their bounding boxes. */
function linesNear(b: Box, lines: readonly { box: Box; points: readonly { x: number; y: number }[] }[]) {
  return lines.filter((l) => overlap(b, l.box)).map((l) => l.points);
}

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
  const lines = (options.lines ?? []).map((points) => {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { points, box: { x, y, width: Math.max(...xs) - x + 0.01, height: Math.max(...ys) - y + 0.01 } };
  });
  const cell = Math.max(16, Math.min(64, Math.sqrt((width * height) / Math.max(1, requests.length))));
  const grid = new Grid(cell);
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
    const all = candidates(req, gap, rtl);
    for (let k = 0; k < all.length; k++) {
      const c = all[k]!;
      const b = c.box;
      const outside =
        Math.max(0, -b.x) +
        Math.max(0, b.x + b.width - width) +
        Math.max(0, -b.y) +
        Math.max(0, b.y + b.height - height);
      const cost = grid.cost(b) + outside * b.height * 4;
      // A free place is scored by the lines it crosses, and half a line per ring farther out.
      const score = cost === 0 && lines.length ? crossings(b, linesNear(b, lines)) + ringOf(k) * 0.5 : 0;
      if (!best || cost < best.cost || (cost === 0 && score < best.score)) best = { ...c, cost, score };
      if (cost === 0 && best.score === 0) break;
      // Past the best so far, farther rings only score worse.
      if (best.cost === 0 && best.score <= ringOf(k + 1) * 0.5) break;
    }
    return best;
  };
  for (const { req, i } of order) {
    const best = placed < limit && tries-- > 0 ? find(req) : null;
    const visible = best !== null && (best.cost === 0 || !hideOnCollision);
    if (best && visible) {
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
