/**
 * A big graph drawn on two canvases (2D, at the device's pixel ratio) under the chart's svg:
 * `canvas.base` holds every shown edge, node, group area and resting label; `canvas.top` what is
 * highlighted (the hovered, focused or linked node, its neighbours, their relations and labels).
 * A highlight fades the base as a whole (CSS opacity, no redraw) and redraws only the top.
 *
 * Drawing runs in `requestAnimationFrame`. The base is drawn in passes of at most
 * {@link PASS_MS} (a few hundred marks between two looks at the clock; shorter while the frames
 * that paint them run long), so a 20,000-node graph
 * fills in over a few frames instead of blocking one; it is drawn again only when the model, the
 * view, the shown relation types, the colours, the size or a dragged node change. Colours are
 * the element's resolved custom properties (`--_fg`, `--_bg`, …: light, dark, or the system
 * colours under forced colours), read through `getComputedStyle` at each drawing.
 *
 * @module
 */
import { css } from 'lit';
import { typeColor } from '@nutgraf/core';
import type { View } from '@nutgraf/core';
import type { Point } from './geometry.js';
import { bendControl, curveMiddle, nodeShape, unitVector } from './geometry.js';
import type { Graph, GraphEdge } from './graph.js';
import type { EdgeModel, NetworkModel, NodeModel } from './layout.js';
import { highlightLabels } from './layout.js';

/** Milliseconds of drawing per frame before the rest waits for the next frame, at most. */
export const PASS_MS = 12;
/** The longest a frame that draws a pass should take, the canvas's own painting of it included. */
const FRAME_MS = 40;
/**
 * Milliseconds of the first pass of a new base: how long the canvas takes to paint what a pass
 * drew is not known before its first frame, and a fresh canvas costs its frame more besides.
 */
const FIRST_MS = 3;
/** Marks drawn between two looks at the clock. */
const BATCH = 256;

/** What to draw. `visible`: the relations of the shown types (a stable array per filter). */
export interface Scene {
  graph: Graph;
  model: NetworkModel;
  view: View;
  visible: readonly GraphEdge[];
  /** Highlighted nodes, the hovered, focused or linked one first. */
  lit: readonly number[];
  /** Ids of the highlighted relations. */
  litEdges: ReadonlySet<string>;
  /** Id of the relation being walked by keyboard. */
  current: string | undefined;
  rtl: boolean;
}

/** The canvases' styles, adopted by the element's shadow root with the first drawing. */
const styles = css`
  .frame > canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    forced-color-adjust: none;
  }
  canvas.base {
    transition: opacity 120ms;
  }
  canvas.dim {
    opacity: var(--_faded);
  }
  svg.big .shape {
    visibility: hidden;
  }
  @media (prefers-reduced-motion: reduce) {
    canvas.base {
      transition: none;
    }
  }
`;

/** Times each model's nodes were moved by dragging (a moved node redraws the base). */
const moves = new WeakMap<readonly NodeModel[], number>();
/** A node of these nodes moved. */
export const moved = (nodes: readonly NodeModel[]) => moves.set(nodes, (moves.get(nodes) ?? 0) + 1);

type Colours = Record<'fg' | 'muted' | 'bg' | 'fill' | 'accent' | 'neutral' | 'surface' | 'rule', string>;

/** The resolved colours and label font, read through a probe element's computed style. */
function look(probe: HTMLElement, graph: Graph) {
  const style = getComputedStyle(probe);
  const forced = !!globalThis.matchMedia?.('(forced-colors: active)').matches;
  const colour = (value: string) => {
    probe.style.color = value;
    return style.color;
  };
  // Under forced colours the tokens are system colours already; named here so a page's own
  // --nutgraf-* values cannot override them.
  const c: Colours = forced
    ? {
        fg: colour('CanvasText'),
        muted: colour('CanvasText'),
        bg: colour('Canvas'),
        fill: colour('Canvas'),
        accent: colour('Highlight'),
        neutral: colour('GrayText'),
        surface: colour('Canvas'),
        rule: colour('CanvasText'),
      }
    : {
        fg: colour('var(--_fg)'),
        muted: colour('var(--_fg-muted)'),
        bg: colour('var(--_bg)'),
        fill: colour('var(--_node-fill)'),
        accent: colour('var(--_accent)'),
        neutral: colour('var(--_neutral)'),
        surface: colour('var(--_surface)'),
        rule: colour('var(--_rule)'),
      };
  const types = new Map(
    graph.types.map((t) => [t, forced ? c.fg : colour(typeColor(graph.dataset, t))] as const),
  );
  probe.style.color = '';
  const size = parseFloat(style.getPropertyValue('--_label-size')) || 12;
  const edgeWidth = parseFloat(style.getPropertyValue('--_edge-width')) || 1.5;
  const font = (weight = 400) => `${weight} ${size}px ${style.fontFamily}`;
  return {
    c,
    types,
    font,
    edgeWidth,
    key: `${JSON.stringify(c)}${[...types.values()]}${font()}${edgeWidth}`,
  };
}
type Look = ReturnType<typeof look>;

/** Templates of the node shapes at the origin, by kind and radius. */
const shapes = new Map<string, Path2D>();
const shapeOf = (kind: NodeModel['node']['kind'], r: number) => {
  const key = `${kind}${r}`;
  let p = shapes.get(key);
  if (!p) shapes.set(key, (p = new Path2D(nodeShape(kind, r))));
  return p;
};

/**
 * An edge from rim to rim, straight or bent apart from its parallels (`bend`, as in svg), with
 * its arrowhead (`size`) or its × at its middle.
 */
function edgePath(
  line: Path2D,
  marks: Path2D,
  e: EdgeModel,
  nodes: readonly NodeModel[],
  size: number,
): void {
  const a = nodes[e.source]!;
  const b = nodes[e.target]!;
  const l = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ra = a.r + 1;
  const rb = b.r + 1.5;
  if (l <= ra + rb) return;
  // Leaving `a` towards the curve's control point, arriving at `b` from it (the middle of a
  // straight edge).
  const c = bendControl(a, b, e.bend);
  const { x: sx, y: sy } = unitVector(a, c);
  const { x: ux, y: uy } = unitVector(c, b);
  const s = Math.min(size, l / 3);
  let [ex, ey] = [b.x - ux * rb, b.y - uy * rb];
  if (e.mark === 'arrow') {
    const [bx, by] = [ex - ux * s, ey - uy * s];
    const w = s * 0.55;
    marks.moveTo(ex, ey);
    marks.lineTo(bx - uy * w, by + ux * w);
    marks.lineTo(bx + uy * w, by - ux * w);
    marks.closePath();
    [ex, ey] = [bx, by];
  } else if (e.mark === 'cross') {
    // At the middle of the curve.
    const { x: mx, y: my } = curveMiddle(a, b, c);
    const h = s / 2;
    marks.moveTo(mx - h, my - h);
    marks.lineTo(mx + h, my + h);
    marks.moveTo(mx + h, my - h);
    marks.lineTo(mx - h, my + h);
  }
  line.moveTo(a.x + sx * ra, a.y + sy * ra);
  if (e.bend) line.quadraticCurveTo(c.x, c.y, ex, ey);
  else line.lineTo(ex, ey);
}

/** Nodes as filled and stroked shapes (`fill` for the hollow kinds, `fg` stroke and solid kinds). */
function drawNodes(
  ctx: CanvasRenderingContext2D,
  nodes: readonly NodeModel[],
  fill: string,
  fg: string,
): void {
  const paths = [new Path2D(), new Path2D(), new Path2D()];
  for (const n of nodes) {
    const solid = n.node.kind === 'organisation' || n.node.kind === 'company';
    paths[solid ? 1 : 0]!.addPath(shapeOf(n.node.kind, n.r), { e: n.x, f: n.y });
    if (n.node.outside) paths[2]!.addPath(shapeOf(n.node.kind, n.r), { e: n.x, f: n.y });
  }
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = fg;
  ctx.setLineDash([]);
  ctx.fillStyle = fill;
  ctx.fill(paths[0]!);
  ctx.fillStyle = fg;
  ctx.fill(paths[1]!);
  ctx.stroke(paths[0]!);
  ctx.stroke(paths[1]!);
  // Outside knowledge: a dashed outline, over the background.
  ctx.strokeStyle = fill;
  ctx.stroke(paths[2]!);
  ctx.strokeStyle = fg;
  ctx.setLineDash([3, 2]);
  ctx.stroke(paths[2]!);
  ctx.setLineDash([]);
}

/** Node labels with a halo of the background (as the svg's `paint-order: stroke`). */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  graph: Graph,
  items: [NodeModel, NodeModel['label']][],
  l: Look,
): void {
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = l.c.bg;
  ctx.fillStyle = l.c.fg;
  ctx.direction = 'ltr';
  for (const [n, place] of items) {
    ctx.font = l.font(graph.groups.some((g) => g.id === n.node.id) ? 600 : 400);
    ctx.textAlign = place.anchor === 'middle' ? 'center' : place.anchor === 'end' ? 'right' : 'left';
    ctx.strokeText(n.node.label, place.x, place.y);
    ctx.fillText(n.node.label, place.x, place.y);
  }
}

/** Sets the transform from the model's units (zoomed by `view`) to the canvas's pixels. */
function transform(
  ctx: CanvasRenderingContext2D,
  model: Box,
  view: View,
  w: number,
  h: number,
  dpr: number,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  // As the svg's viewBox (xMidYMid meet) in a box of w × h CSS px.
  const s = Math.min(w / model.width, h / model.height);
  const [ox, oy] = [(w - model.width * s) / 2, (h - model.height * s) / 2];
  const k = dpr * s * view.k;
  ctx.setTransform(k, 0, 0, k, dpr * (ox + s * view.x), dpr * (oy + s * view.y));
}

type Box = Pick<NetworkModel, 'width' | 'height'>;

const visibleSets = new WeakMap<readonly GraphEdge[], Set<GraphEdge>>();

/** The base: group areas, shown edges, nodes and resting labels, yielding between batches. */
function* base(ctx: CanvasRenderingContext2D, scene: Scene, l: Look): Generator<void, void, void> {
  const { model, graph } = scene;
  // Every edge, unless a type filter hides some (then a set of the shown ones, made once per filter).
  let shown = visibleSets.get(scene.visible);
  if (!shown && scene.visible !== graph.edges)
    visibleSets.set(scene.visible, (shown = new Set(scene.visible)));
  for (const h of model.hulls) {
    const p = new Path2D(h.d);
    ctx.fillStyle = l.c.surface;
    ctx.strokeStyle = l.c.rule;
    ctx.lineWidth = 1;
    ctx.fill(p);
    ctx.stroke(p);
  }
  const nodes = model.nodes;
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = ctx.fillStyle = l.c.neutral;
  let [line, marks] = [new Path2D(), new Path2D()];
  const flush = () => {
    ctx.stroke(line);
    ctx.fill(marks);
    ctx.stroke(marks);
    [line, marks] = [new Path2D(), new Path2D()];
  };
  let count = 0;
  for (const e of model.edges) {
    if (shown && !shown.has(e.edge)) continue;
    edgePath(line, marks, e, nodes, 4);
    if (++count % BATCH === 0) {
      flush();
      yield;
    }
  }
  flush();
  ctx.globalAlpha = 1;
  // Not the members folded into a count (the svg draws the counts over the canvases).
  const drawn = nodes.filter((n) => !n.hidden);
  for (let i = 0; i < drawn.length; i += BATCH) {
    drawNodes(ctx, drawn.slice(i, i + BATCH), l.c.fill, l.c.fg);
    yield;
  }
  drawLabels(
    ctx,
    graph,
    drawn.filter((n) => n.label.visible).map((n) => [n, n.label]),
    l,
  );
}

/** The top: highlighted relations in their types' colours, the highlighted nodes and their labels. */
function top(ctx: CanvasRenderingContext2D, scene: Scene, l: Look): void {
  const { model, graph, litEdges } = scene;
  // A group's highlight names all its members: those folded into its count stay undrawn.
  const lit = scene.lit.filter((i) => !model.nodes[i]!.hidden);
  if (!lit.length) return;
  for (const e of model.edges) {
    if (!litEdges.has(e.edge.id)) continue;
    const [line, marks] = [new Path2D(), new Path2D()];
    edgePath(line, marks, e, model.nodes, 4);
    const colour = l.types.get(e.edge.type) ?? l.c.fg;
    const negative = e.mark === 'cross';
    ctx.lineWidth = negative ? 1 : l.edgeWidth * (scene.current === e.edge.id ? 2.2 : 1);
    ctx.strokeStyle = negative ? l.c.muted : colour;
    ctx.stroke(line);
    ctx.fillStyle = ctx.strokeStyle = colour;
    ctx.lineWidth = negative ? 2 : 1;
    if (negative) ctx.stroke(marks);
    else ctx.fill(marks);
  }
  drawNodes(
    ctx,
    lit.map((i) => model.nodes[i]!),
    l.c.accent,
    l.c.fg,
  );
  const places = highlightLabels(model, lit, { rtl: scene.rtl });
  drawLabels(
    ctx,
    graph,
    lit.map((i, k) => [model.nodes[i]!, places[k]!]),
    l,
  );
}

/** What one element's canvases show and what is still to draw. */
class Painter {
  scene: Scene | undefined;
  done: (() => void) | undefined;
  #frame = 0;
  #fresh = false;
  #topDrawn = false;
  #key: unknown[] = [];
  #pass: Generator<void, void, void> | undefined;
  /**
   * Milliseconds of the next pass: the canvas paints what a pass drew after it, in the same
   * frame and at a cost of its own (several times the pass's on a slow device), so while the
   * frames of the passes run over {@link FRAME_MS}, the passes get shorter (and longer again,
   * up to {@link PASS_MS}, while they are quick).
   */
  #budget = PASS_MS;
  /** When the last pass began, while the base is being drawn. */
  #at = 0;

  constructor(readonly root: ShadowRoot) {}

  request(): void {
    this.#fresh = true;
    if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#draw());
  }

  #draw(): void {
    const t0 = performance.now();
    const fresh = this.#fresh;
    this.#frame = 0;
    this.#fresh = false;
    const scene = this.scene;
    const [baseCanvas, topCanvas] = [
      ...this.root.querySelectorAll<HTMLCanvasElement>('canvas.base,canvas.top'),
    ];
    if (!scene || !baseCanvas || !topCanvas || !baseCanvas.isConnected) return;
    const ctx = baseCanvas.getContext('2d');
    const topCtx = topCanvas.getContext('2d');
    if (!ctx || !topCtx) return;
    if (fresh) {
      const [w, h, dpr] = [baseCanvas.clientWidth, baseCanvas.clientHeight, globalThis.devicePixelRatio || 1];
      const [pw, ph] = [Math.round(w * dpr), Math.round(h * dpr)];
      for (const c of [baseCanvas, topCanvas])
        if (c.width !== pw || c.height !== ph) [c.width, c.height] = [pw, ph];
      const l = look(baseCanvas, scene.graph);
      const { model, view } = scene;
      const key = [model, view, scene.visible, moves.get(model.nodes), l.key, pw, ph, baseCanvas];
      if (key.some((v, i) => v !== this.#key[i])) {
        this.#key = key;
        transform(ctx, model, view, w, h, dpr);
        this.#pass = base(ctx, scene, l);
        [this.#budget, this.#at] = [FIRST_MS, 0];
      }
      // The top is cleared only when something was or is on it: a canvas's first use allocates it.
      if (scene.lit.length || this.#topDrawn) {
        transform(topCtx, model, view, w, h, dpr);
        top(topCtx, scene, l);
        this.#topDrawn = scene.lit.length > 0;
      }
      // A highlight fades the base (the element's render sets it too, for a highlighted node).
      baseCanvas.classList.toggle('dim', scene.lit.length > 0);
    }
    const pass = this.#pass;
    if (!pass) return;
    if (this.#at) this.#budget = Math.max(1, Math.min(PASS_MS, (this.#budget * FRAME_MS) / (t0 - this.#at)));
    this.#at = t0;
    while (performance.now() - t0 < this.#budget)
      if (pass.next().done) {
        this.#pass = undefined;
        this.#at = 0;
        this.done?.();
        return;
      }
    this.#frame = requestAnimationFrame(() => this.#draw());
  }
}

const painters = new WeakMap<ShadowRoot, Painter>();

/** Adds the canvases' styles to `root`, once. */
function adopt(root: ShadowRoot): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const previews = new WeakMap<ShadowRoot, number>();
let swatch: CanvasRenderingContext2D | null | undefined;

/**
 * A CSS colour as a canvas resolves it (any colour syntax; a system colour under forced
 * colours), at `alpha` of its own alpha, as one pixel of an `ImageData` in the platform's byte
 * order: read back from a canvas of one pixel of its own.
 */
function pixelOf(colour: string, alpha: number): number {
  swatch ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  });
  if (!swatch) return 0;
  swatch.clearRect(0, 0, 1, 1);
  swatch.fillStyle = colour;
  swatch.fillRect(0, 0, 1, 1);
  const rgba = swatch.getImageData(0, 0, 1, 1).data;
  rgba[3] = rgba[3]! * alpha;
  return new Uint32Array(rgba.buffer)[0]!;
}

/**
 * Draws `points` (in the units of `box`) as dots of radius `r` on the `canvas.preview` in
 * `root`, in the text colour at 35 %: the positions of a layout still running. The dots are
 * set in a buffer of pixels from the next frame on, for at most {@link PASS_MS} per frame (no
 * path for the canvas to fill: filling 20,000 squares cost a frame five times over), and the
 * buffer is put on the canvas whole, so a partly drawn picture never shows.
 */
export function paintPreview(root: ShadowRoot, points: readonly Point[], box: Box, r: number): void {
  adopt(root);
  cancelAnimationFrame(previews.get(root) ?? 0);
  let next = 0;
  let pixels: Uint32Array;
  let image: ImageData;
  let dot: (p: Point) => void;
  const frame = () => {
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.preview');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const [w, h, dpr] = [canvas.clientWidth, canvas.clientHeight, globalThis.devicePixelRatio || 1];
    const [pw, ph] = [Math.round(w * dpr), Math.round(h * dpr)];
    if (!pw || !ph) return;
    if (!next) {
      image = new ImageData(pw, ph);
      pixels = new Uint32Array(image.data.buffer);
      const colour = pixelOf(getComputedStyle(canvas).color, 0.35);
      // As the svg's viewBox (xMidYMid meet) in a box of w × h CSS px.
      const s = Math.min(w / box.width, h / box.height);
      const [ox, oy] = [(w - box.width * s) / 2, (h - box.height * s) / 2];
      const rd = r * s * dpr;
      // A square the size of a node, row by row of pixels.
      dot = (p) => {
        const [x, y] = [dpr * (ox + s * p.x), dpr * (oy + s * p.y)];
        const [x0, x1] = [Math.max(0, Math.round(x - rd)), Math.min(pw, Math.round(x + rd))];
        for (let row = Math.max(0, Math.round(y - rd)); row < Math.min(ph, Math.round(y + rd)); row++)
          pixels.fill(colour, row * pw + x0, row * pw + x1);
      };
    }
    const t0 = performance.now();
    while (next < points.length) {
      dot(points[next++]!);
      if (!(next % BATCH) && performance.now() - t0 >= PASS_MS) {
        previews.set(root, requestAnimationFrame(frame));
        return;
      }
    }
    // A new size clears the canvas (and allocates it again).
    if (canvas.width !== image.width || canvas.height !== image.height)
      [canvas.width, canvas.height] = [image.width, image.height];
    ctx.putImageData(image, 0, 0);
  };
  previews.set(root, requestAnimationFrame(frame));
}

/**
 * Draws `scene` on the canvases in `root` (rendered by `renderCanvases`) at the next frame;
 * `done` is called once the base is wholly drawn.
 */
export function paint(root: ShadowRoot, scene: Scene, done: () => void): void {
  let painter = painters.get(root);
  if (!painter) painters.set(root, (painter = new Painter(root)));
  adopt(root);
  painter.scene = scene;
  painter.done = done;
  painter.request();
}
