/**
 * A canvas drawing recorded as data, so that it can be drawn where the page's main thread
 * does not pay for it: a big graph's drawing code (canvas-draw.ts) records a pass into a
 * {@link Sketch}, and the sketch is replayed onto a 2D context, in the network's worker on a
 * canvas handed over with `transferControlToOffscreen` (canvas-surface.ts), or on the main
 * thread where no worker can draw. Recording is a little JavaScript; filling and stroking
 * thousands of paths and putting them on screen is what costs a frame.
 *
 * A sketch is plain data (arrays, numbers, strings) that `postMessage` copies. It holds no
 * text: labels are the svg's, in the page's own fonts.
 *
 * @module
 */

/** Style a sketch can set, as the context's properties of the same names. */
export interface Style {
  fillStyle?: string;
  strokeStyle?: string;
  lineWidth?: number;
  globalAlpha?: number;
}

/**
 * One step of a sketch: set style; a line dash; fill or stroke a path (its numbers, see
 * {@link SketchPath}); set the transform; clear the canvas; give it a size in pixels (which
 * clears it too).
 */
export type Op =
  | ['set', Style]
  | ['dash', number[]]
  | ['fill' | 'stroke', Float64Array]
  | ['transform', number, number, number, number, number, number]
  | ['clear']
  | ['size', number, number];

/** A sketch as it travels: its steps, and the svg path data its paths' shapes refer to. */
export interface SketchData {
  ops: Op[];
  shapes: string[];
}

/**
 * A path as numbers, replayed as a `Path2D`: 0 x y (move to), 1 x y (line to), 2 cx cy x y
 * (quadratic curve to), 3 (close), 4 k e f (the sketch's k-th shape, moved by e, f), 5 x y w h
 * (a rectangle).
 */
export class SketchPath {
  readonly n: number[] = [];
  constructor(private readonly sketch: Sketch) {}
  moveTo(x: number, y: number): void {
    this.n.push(0, x, y);
  }
  lineTo(x: number, y: number): void {
    this.n.push(1, x, y);
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.n.push(2, cx, cy, x, y);
  }
  closePath(): void {
    this.n.push(3);
  }
  /** The shape of svg path data `d`, moved by (`e`, `f`). */
  shape(d: string, e = 0, f = 0): void {
    this.n.push(4, this.sketch.shape(d), e, f);
  }
}

/** Records drawing steps (see {@link Op}); `take` hands them over and starts afresh. */
export class Sketch {
  #ops: Op[] = [];
  #shapes = new Map<string, number>();

  path(): SketchPath {
    return new SketchPath(this);
  }
  /** The index of svg path data `d` among the sketch's shapes. */
  shape(d: string): number {
    let k = this.#shapes.get(d);
    if (k === undefined) this.#shapes.set(d, (k = this.#shapes.size));
    return k;
  }
  set(style: Style): void {
    this.#ops.push(['set', style]);
  }
  dash(segments: number[]): void {
    this.#ops.push(['dash', segments]);
  }
  /** Fills `path`, or the numbers of one (see {@link SketchPath}, {@link squares}). */
  fill(path: SketchPath | Float64Array): void {
    const n = path instanceof Float64Array ? path : Float64Array.from(path.n);
    if (n.length) this.#ops.push(['fill', n]);
  }
  stroke(path: SketchPath): void {
    if (path.n.length) this.#ops.push(['stroke', Float64Array.from(path.n)]);
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.#ops.push(['transform', a, b, c, d, e, f]);
  }
  clear(): void {
    this.#ops.push(['clear']);
  }
  size(width: number, height: number): void {
    this.#ops.push(['size', width, height]);
  }
  /** The steps so far, with the shapes they draw; the sketch starts afresh. */
  take(): SketchData {
    const sketch = { ops: this.#ops, shapes: [...this.#shapes.keys()] };
    this.#ops = [];
    this.#shapes = new Map();
    return sketch;
  }
}

/**
 * The numbers of a path of squares of side 2`r` centred on `points` (5 x y w h each), written
 * straight into one array: 20,000 of them in a millisecond or two, where a path built call by
 * call took several times that.
 */
export function squares(points: readonly { x: number; y: number }[], r: number): Float64Array {
  const n = new Float64Array(points.length * 5);
  let i = 0;
  for (const p of points) {
    n[i++] = 5;
    n[i++] = p.x - r;
    n[i++] = p.y - r;
    n[i++] = 2 * r;
    n[i++] = 2 * r;
  }
  return n;
}

/** The buffers a sketch's paths hold, to transfer with it. */
export const buffers = (sketch: SketchData): ArrayBuffer[] =>
  sketch.ops.flatMap((op) => (op[1] instanceof Float64Array ? [op[1].buffer as ArrayBuffer] : []));

/** Path2D of svg path data, by data, made once where sketches are replayed. */
const shapePaths = new Map<string, Path2D>();

/** The `Path2D` of a sketch's path. */
function toPath(n: Float64Array, shapes: readonly string[]): Path2D {
  const p = new Path2D();
  for (let i = 0; i < n.length;) {
    switch (n[i++]) {
      case 0:
        p.moveTo(n[i++]!, n[i++]!);
        break;
      case 1:
        p.lineTo(n[i++]!, n[i++]!);
        break;
      case 2:
        p.quadraticCurveTo(n[i++]!, n[i++]!, n[i++]!, n[i++]!);
        break;
      case 3:
        p.closePath();
        break;
      case 5:
        p.rect(n[i++]!, n[i++]!, n[i++]!, n[i++]!);
        break;
      default: {
        const d = shapes[n[i++]!] ?? '';
        let shape = shapePaths.get(d);
        if (!shape) shapePaths.set(d, (shape = new Path2D(d)));
        p.addPath(shape, { e: n[i++]!, f: n[i++]! });
      }
    }
  }
  return p;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws `sketch` on `ctx`. */
export function replay(ctx: Context, sketch: SketchData): void {
  for (const op of sketch.ops)
    switch (op[0]) {
      case 'set':
        Object.assign(ctx, op[1]);
        break;
      case 'dash':
        ctx.setLineDash(op[1]);
        break;
      case 'fill':
        ctx.fill(toPath(op[1], sketch.shapes));
        break;
      case 'stroke':
        ctx.stroke(toPath(op[1], sketch.shapes));
        break;
      case 'transform':
        ctx.setTransform(op[1], op[2], op[3], op[4], op[5], op[6]);
        break;
      case 'clear':
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
        break;
      case 'size':
        if (ctx.canvas.width !== op[1] || ctx.canvas.height !== op[2])
          [ctx.canvas.width, ctx.canvas.height] = [op[1], op[2]];
    }
}
