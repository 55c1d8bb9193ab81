/**
 * A uniform grid of boxes, for fast queries of the boxes near a box: the places already taken
 * while labels are placed, and the lines labels keep off (by their bounding boxes).
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

/** True when two boxes overlap (touching is not overlapping). */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A uniform grid of boxes (placed boxes, or lines by their bounding boxes) for fast queries of
 * those near a box.
 */
export interface Grid<T extends object = Box> {
  /**
   * Adds an item to the cells its box touches (`box`, the item itself by default); with `hit`,
   * only to those (padded by a pixel) it passes through.
   */
  add(item: T, hit?: (cell: Box) => boolean, box?: Box): void;
  /** Calls `f` once with each item in the cells `b` touches, cell by cell, until it returns true. */
  near(b: Box, f: (item: T) => unknown): void;
  /** Total overlap area with the boxes in the grid (a grid of boxes); with `any`, only whether there is some (0 or more). */
  cost(b: Box, any?: boolean): number;
}

/** A {@link Grid} of cells of `size` px. */
export function boxGrid<T extends object = Box>(size: number): Grid<T> {
  /** Per cell, its items in the order added. */
  const cells = new Map<number, T[]>();
  /** Per item, the last query that met it (an item in several cells is visited once). */
  const met = new Map<T, number>();
  let query = 0;
  /** Calls `f` with the key, column and row of each cell `b` touches, until it returns true. */
  const each = (b: Box, f: (k: number, x: number, y: number) => boolean | void) => {
    for (let x = Math.floor(b.x / size); x <= Math.floor((b.x + b.width) / size); x++)
      for (let y = Math.floor(b.y / size); y <= Math.floor((b.y + b.height) / size); y++)
        if (f(x * 8192 + y, x, y)) return;
  };
  const near = (b: Box, f: (item: T) => unknown) => {
    const q = ++query;
    each(b, (k) => cells.get(k)?.some((i) => met.get(i) !== q && (met.set(i, q), f(i))));
  };
  return {
    add(item, hit, box = item as Box) {
      each(box, (k, x, y) => {
        if (!hit || hit({ x: x * size - 1, y: y * size - 1, width: size + 2, height: size + 2 }))
          (cells.get(k) ?? cells.set(k, []).get(k)!).push(item);
      });
    },
    near,
    cost(b, any) {
      let sum = 0;
      near(b, (other) => (sum += overlapArea(b, other as Box)) > 0 && any);
      return sum;
    },
  };
}
