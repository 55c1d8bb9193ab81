/**
 * A big graph drawn on two canvases (2D, at the device's pixel ratio) under the chart's svg:
 * `canvas.base` holds every shown edge, node and group area; `canvas.top` what is highlighted
 * (the hovered, focused or linked node, its neighbours and their relations). A highlight fades
 * the base as a whole (CSS opacity, no redraw) and redraws only the top. Labels are the svg's
 * text, over both, in the page's own fonts (a worker's canvas has only the system's).
 *
 * Each drawing is recorded as a sketch (sketch.ts) and drawn where canvas-surface.ts says: in the
 * network's worker where one starts, so that rasterising and committing the marks cost the
 * page's main thread nothing, else on the main thread.
 *
 * Drawing runs in `requestAnimationFrame`. The base is recorded in passes of at most
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
import { bendControl, curveMiddle, nodeShape, unitVector } from './geometry.js';
import type { Graph, GraphEdge } from './graph.js';
import type { EdgeModel, NetworkModel, NodeModel } from './layout.js';
import { draw, inWorker, isReady, ready } from './canvas-surface.js';
import type { SketchPath } from './sketch.js';
import { Sketch } from './sketch.js';

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
  canvas.dim ~ svg .label:not(.on) {
    opacity: var(--_faded-text);
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

/** The resolved colours and line width, read through a probe element's computed style. */
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
  const edgeWidth = parseFloat(style.getPropertyValue('--_edge-width')) || 1.5;
  return {
    c,
    types,
    edgeWidth,
    key: `${JSON.stringify(c)}${[...types.values()]}${edgeWidth}`,
  };
}
type Look = ReturnType<typeof look>;

/** The node shapes at the origin (svg path data), by kind and radius. */
const shapes = new Map<string, string>();
const shapeOf = (kind: NodeModel['node']['kind'], r: number) => {
  const key = `${kind}${r}`;
  let d = shapes.get(key);
  if (d === undefined) shapes.set(key, (d = nodeShape(kind, r)));
  return d;
};

/**
 * An edge from rim to rim, straight or bent apart from its parallels (`bend`, as in svg), with
 * its arrowhead (`size`) or its × at its middle.
 */
function edgePath(
  line: SketchPath,
  marks: SketchPath,
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
function drawNodes(s: Sketch, nodes: readonly NodeModel[], fill: string, fg: string): void {
  const paths = [s.path(), s.path(), s.path()];
  for (const n of nodes) {
    const solid = n.node.kind === 'organisation' || n.node.kind === 'company';
    paths[solid ? 1 : 0]!.shape(shapeOf(n.node.kind, n.r), n.x, n.y);
    if (n.node.outside) paths[2]!.shape(shapeOf(n.node.kind, n.r), n.x, n.y);
  }
  s.set({ lineWidth: 1.5, strokeStyle: fg, fillStyle: fill });
  s.dash([]);
  s.fill(paths[0]!);
  s.set({ fillStyle: fg });
  s.fill(paths[1]!);
  s.stroke(paths[0]!);
  s.stroke(paths[1]!);
  // Outside knowledge: a dashed outline, over the background.
  s.set({ strokeStyle: fill });
  s.stroke(paths[2]!);
  s.set({ strokeStyle: fg });
  s.dash([3, 2]);
  s.stroke(paths[2]!);
  s.dash([]);
}

/**
 * A canvas of w × h CSS px at `dpr` pixels each, cleared, with the transform from the model's
 * units (zoomed by `view`) to its pixels.
 */
function start(sketch: Sketch, model: Box, view: View, w: number, h: number, dpr: number): Sketch {
  sketch.size(Math.round(w * dpr), Math.round(h * dpr));
  sketch.clear();
  // As the svg's viewBox (xMidYMid meet) in a box of w × h CSS px.
  const s = Math.min(w / model.width, h / model.height);
  const [ox, oy] = [(w - model.width * s) / 2, (h - model.height * s) / 2];
  const k = dpr * s * view.k;
  sketch.transform(k, 0, 0, k, dpr * (ox + s * view.x), dpr * (oy + s * view.y));
  return sketch;
}

type Box = Pick<NetworkModel, 'width' | 'height'>;

const visibleSets = new WeakMap<readonly GraphEdge[], Set<GraphEdge>>();

/** The base: group areas, shown edges and nodes, yielding between batches. */
function* base(s: Sketch, scene: Scene, l: Look): Generator<void, void, void> {
  const { model, graph } = scene;
  // Every edge, unless a type filter hides some (then a set of the shown ones, made once per filter).
  let shown = visibleSets.get(scene.visible);
  if (!shown && scene.visible !== graph.edges)
    visibleSets.set(scene.visible, (shown = new Set(scene.visible)));
  for (const h of model.hulls) {
    const p = s.path();
    p.shape(h.d);
    s.set({ fillStyle: l.c.surface, strokeStyle: l.c.rule, lineWidth: 1 });
    s.fill(p);
    s.stroke(p);
  }
  const nodes = model.nodes;
  s.set({ globalAlpha: 0.55, lineWidth: 0.75, strokeStyle: l.c.neutral, fillStyle: l.c.neutral });
  let [line, marks] = [s.path(), s.path()];
  const flush = () => {
    s.stroke(line);
    s.fill(marks);
    s.stroke(marks);
    [line, marks] = [s.path(), s.path()];
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
  s.set({ globalAlpha: 1 });
  // Not the members folded into a count (the svg draws the counts over the canvases).
  const drawn = nodes.filter((n) => !n.hidden);
  for (let i = 0; i < drawn.length; i += BATCH) {
    drawNodes(s, drawn.slice(i, i + BATCH), l.c.fill, l.c.fg);
    yield;
  }
}

/** The top: highlighted relations in their types' colours, and the highlighted nodes. */
function top(s: Sketch, scene: Scene, l: Look): void {
  const { model, litEdges } = scene;
  // A group's highlight names all its members: those folded into its count stay undrawn.
  const lit = scene.lit.filter((i) => !model.nodes[i]!.hidden);
  if (!lit.length) return;
  for (const e of model.edges) {
    if (!litEdges.has(e.edge.id)) continue;
    const [line, marks] = [s.path(), s.path()];
    edgePath(line, marks, e, model.nodes, 4);
    const colour = l.types.get(e.edge.type) ?? l.c.fg;
    const negative = e.mark === 'cross';
    s.set({
      lineWidth: negative ? 1 : l.edgeWidth * (scene.current === e.edge.id ? 2.2 : 1),
      strokeStyle: negative ? l.c.muted : colour,
    });
    s.stroke(line);
    s.set({ fillStyle: colour, strokeStyle: colour, lineWidth: negative ? 2 : 1 });
    if (negative) s.stroke(marks);
    else s.fill(marks);
  }
  drawNodes(
    s,
    lit.map((i) => model.nodes[i]!),
    l.c.accent,
    l.c.fg,
  );
}

/** What one element's canvases show and what is still to draw. */
class Painter {
  scene: Scene | undefined;
  done: (() => void) | undefined;
  #frame = 0;
  #fresh = false;
  #topDrawn = false;
  /** The base canvas last seen in a frame (see `#draw`). */
  #seen: HTMLCanvasElement | undefined;
  #key: unknown[] = [];
  #pass: Generator<void, void, void> | undefined;
  /** What the pass records into, handed to the canvas after each frame's share. */
  #sketch = new Sketch();
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
    // The first drawing of the page waits to know where canvases are drawn.
    if (!isReady()) void ready().then(() => this.request());
    else if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#draw());
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
    // A canvas just rendered is drawn a frame later: its sizes and colours read now would make
    // this frame lay out the page's new markup too, in the task that draws.
    if (fresh && baseCanvas !== this.#seen) {
      this.#seen = baseCanvas;
      this.#fresh = true;
      this.#frame = requestAnimationFrame(() => this.#draw());
      return;
    }
    if (fresh) {
      const [w, h, dpr] = [baseCanvas.clientWidth, baseCanvas.clientHeight, globalThis.devicePixelRatio || 1];
      const l = look(baseCanvas, scene.graph);
      const { model, view } = scene;
      const key = [model, view, scene.visible, moves.get(model.nodes), l.key, w, h, dpr, baseCanvas];
      if (key.some((v, i) => v !== this.#key[i])) {
        this.#key = key;
        this.#sketch = start(new Sketch(), model, view, w, h, dpr);
        this.#pass = base(this.#sketch, scene, l);
        [this.#budget, this.#at] = [FIRST_MS, 0];
      }
      // The top is drawn only when something was or is on it: a canvas's first use allocates it.
      if (scene.lit.length || this.#topDrawn) {
        const sketch = start(new Sketch(), model, view, w, h, dpr);
        top(sketch, scene, l);
        draw(topCanvas, sketch.take());
        this.#topDrawn = scene.lit.length > 0;
      }
      // A highlight fades the base (the element's render sets it too, for a highlighted node).
      baseCanvas.classList.toggle('dim', scene.lit.length > 0);
    }
    const pass = this.#pass;
    if (!pass) return;
    if (this.#at) this.#budget = Math.max(1, Math.min(PASS_MS, (this.#budget * FRAME_MS) / (t0 - this.#at)));
    this.#at = t0;
    let finished = false;
    while (!finished && performance.now() - t0 < this.#budget) finished = !!pass.next().done;
    draw(baseCanvas, this.#sketch.take(), finished ? this.done : undefined);
    if (!finished) this.#frame = requestAnimationFrame(() => this.#draw());
    else [this.#pass, this.#at] = [undefined, 0];
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

/**
 * Draws `dots` (the numbers of a path of squares in the units of `box`, see sketch.ts's
 * `squares`) on the `canvas.preview` in `root`, in the text colour at 35 %, at the next frame:
 * the positions of a layout still running. Only where the network's worker draws (canvas-surface.ts): filling 20,000 squares
 * costs a frame several times over, which the page's main thread is spared; where it would
 * pay for them, the settled picture alone is drawn (as when the layout itself runs there).
 */
export function paintPreview(root: ShadowRoot, dots: Float64Array, box: Box): void {
  adopt(root);
  cancelAnimationFrame(previews.get(root) ?? 0);
  if (!isReady()) return void ready();
  if (!inWorker()) return;
  const frame = () => {
    const canvas = root.querySelector<HTMLCanvasElement>('canvas.preview');
    const [w, h] = [canvas?.clientWidth ?? 0, canvas?.clientHeight ?? 0];
    if (!canvas || !w || !h) return;
    const sketch = start(new Sketch(), box, { x: 0, y: 0, k: 1 }, w, h, globalThis.devicePixelRatio || 1);
    sketch.set({ fillStyle: getComputedStyle(canvas).color, globalAlpha: 0.35 });
    sketch.fill(dots);
    draw(canvas, sketch.take());
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
