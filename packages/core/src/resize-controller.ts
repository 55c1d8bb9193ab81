import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Supplies the content-box size of an element as reactive state. Sizes are rounded to
 * whole pixels and only a real change requests an update, so a layout that depends on
 * the size cannot start a ResizeObserver loop.
 */
export class ResizeController implements ReactiveController {
  /** The latest size; `{0, 0}` until the first observation. */
  size: Size = { width: 0, height: 0 };
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly target: () => Element = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      const next = { width: Math.round(box.width), height: Math.round(box.height) };
      if (next.width === this.size.width && next.height === this.size.height) return;
      this.size = next;
      this.host.requestUpdate();
    });
    this.observer.observe(this.target());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** True while an observer is attached (used by cleanup tests). */
  get observing(): boolean {
    return this.observer !== undefined;
  }
}
