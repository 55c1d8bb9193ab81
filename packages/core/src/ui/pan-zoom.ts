/** A view of a drawing: scaled by `k`, then moved by (`x`, `y`), in the drawing's units. */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The view that shows the drawing as it was laid out. */
export const HOME_VIEW: View = { k: 1, x: 0, y: 0 };

type Point = { x: number; y: number };

/** `view` zoomed by `factor` about the point `at`, which stays where it is; the scale is kept within `min`–`max`. */
export function zoomAbout(view: View, factor: number, at: Point, min: number, max: number): View {
  const k = Math.min(max, Math.max(min, view.k * factor));
  const f = k / view.k;
  return { k, x: at.x - (at.x - view.x) * f, y: at.y - (at.y - view.y) * f };
}

/** Sends a pointer's later events to `el`, if it can be captured (a synthetic one cannot; a gesture still works over `el`). */
export function capturePointer(el: Element, pointer: number): void {
  try {
    el.setPointerCapture(pointer);
  } catch {
    // Not an active pointer: nothing to capture.
  }
}

/** What {@link PanZoom} needs from the element that uses it. */
export interface PanZoomHost {
  /** A pointer's position in the drawing's units (the units of the view's `x` and `y`). */
  toLocal(clientX: number, clientY: number): Point;
  /** The view now. */
  getView(): View;
  /** Shows another view. */
  setView(view: View): void;
  /** The smallest and the largest scale. */
  zoomRange(): readonly [number, number];
  /** Whether a mouse drag moves the view now (a map moves only once zoomed in). Default: always. */
  canPan?(): boolean;
}

/**
 * The pan and zoom gestures that the map and the network share. Ctrl/⌘ + wheel (and a
 * trackpad pinch, which arrives as one) zooms about the pointer; two fingers zoom about
 * their midpoint and move the view; a mouse drag moves it. The plain wheel and a single
 * finger are left to the page, which keeps scrolling.
 *
 * The element routes its frame's `wheel` and pointer events here (the wheel listener must
 * not be passive). While a drag moves, the frame carries the class `dragging`.
 */
export class PanZoom {
  readonly #host: PanZoomHost;
  /** Pointers down on the frame, at their last position (client px). */
  readonly #pointers = new Map<number, Point>();
  #start: Point | undefined;
  #moved = false;

  constructor(host: PanZoomHost) {
    this.#host = host;
  }

  /** True while a pointer is down on the frame (hover effects wait). */
  get active(): boolean {
    return this.#pointers.size > 0;
  }

  /** True from the moment a gesture moves the view until just after it ends: its click chooses nothing. */
  get moved(): boolean {
    return this.#moved;
  }

  /** Zooms by `factor` about `at` (drawing units). */
  zoomBy(factor: number, at: Point): void {
    const h = this.#host;
    h.setView(zoomAbout(h.getView(), factor, at, ...h.zoomRange()));
  }

  /** Drops the gesture under way (the element was removed). */
  cancel(): void {
    this.#pointers.clear();
    this.#moved = false;
  }

  onWheel = (e: WheelEvent): void => {
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    this.zoomBy(Math.exp(-e.deltaY * 0.01), this.#host.toLocal(e.clientX, e.clientY));
  };

  onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const p = { x: e.clientX, y: e.clientY };
    this.#pointers.set(e.pointerId, p);
    this.#start = p;
    this.#moved = false;
  };

  /**
   * Marks the gesture as one that moves the view. Its pointers are captured from then on, so
   * it goes on off the frame (not before: a click must reach its mark).
   */
  #moving(e: PointerEvent): void {
    if (this.#moved) return;
    this.#moved = true;
    for (const id of this.#pointers.keys()) capturePointer(e.currentTarget as Element, id);
  }

  onPointerMove = (e: PointerEvent): void => {
    const prev = this.#pointers.get(e.pointerId);
    if (!prev) return;
    const h = this.#host;
    const p = { x: e.clientX, y: e.clientY };
    const local = (q: Point) => h.toLocal(q.x, q.y);
    if (this.#pointers.size === 2) {
      // Two fingers: the change in their distance zooms about their midpoint, and half of
      // this finger's move moves the view.
      const other = [...this.#pointers].find(([id]) => id !== e.pointerId)![1];
      const before = Math.hypot(prev.x - other.x, prev.y - other.y) || 1;
      const after = Math.hypot(p.x - other.x, p.y - other.y) || 1;
      this.#pointers.set(e.pointerId, p);
      this.#moving(e);
      const [a, b, o] = [local(prev), local(p), local(other)];
      const v = zoomAbout(
        h.getView(),
        after / before,
        { x: (b.x + o.x) / 2, y: (b.y + o.y) / 2 },
        ...h.zoomRange(),
      );
      h.setView({ ...v, x: v.x + (b.x - a.x) / 2, y: v.y + (b.y - a.y) / 2 });
      return;
    }
    // One pointer: a mouse or pen drag moves the view once it has gone 4 px; a finger scrolls the page.
    if (e.pointerType === 'touch' || h.canPan?.() === false) return;
    const start = this.#start ?? p;
    if (!this.#moved && Math.hypot(p.x - start.x, p.y - start.y) < 4) return;
    this.#moving(e);
    (e.currentTarget as Element).classList.add('dragging');
    this.#pointers.set(e.pointerId, p);
    const [a, b] = [local(prev), local(p)];
    const v = h.getView();
    h.setView({ ...v, x: v.x + b.x - a.x, y: v.y + b.y - a.y });
  };

  onPointerUp = (e: PointerEvent): void => {
    if (!this.#pointers.delete(e.pointerId)) return;
    (e.currentTarget as Element).classList.remove('dragging');
    // The click that follows a drag comes after this event: it still sees `moved`.
    if (this.#moved) setTimeout(() => (this.#moved = false));
  };
}
