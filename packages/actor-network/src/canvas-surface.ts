/**
 * Where a big graph's canvases are drawn. Where a worker starts and a canvas can be handed over
 * (`transferControlToOffscreen`), each canvas goes to the network's worker (`layout-worker.ts`)
 * on its first drawing, and the page posts it sketches (sketch.ts) to replay: filling, stroking
 * and committing thousands of marks then run off the page's main thread, which only records
 * them. Elsewhere (no worker: a CSP or Trusted Types policy that refuses it, `file://`, a bundle
 * on another origin; no `OffscreenCanvas`) the sketches are replayed on the main thread. One
 * worker draws for every big graph of the page; it starts with the first.
 *
 * @module
 */
import type { SketchData } from './sketch.js';
import { buffers, replay } from './sketch.js';
import { Worker } from './worker.js';

/** What the page sends the worker: a first message; a canvas to draw on; a sketch for one. */
export type DrawRequest =
  | { hello: true }
  | { id: number; canvas: OffscreenCanvas }
  | { id: number; sketch: SketchData; ack: number }
  | { id: number; drop: true };
/** What the worker answers: that it runs; that the sketch asked to be acknowledged is drawn. */
export type DrawReply = { ready: true } | { drawn: number };

/** The worker that draws: `undefined` until it answered or failed, `null` where none draws. */
let drawer: Worker | null | undefined;
let starting: Promise<void> | undefined;
/** Callbacks waiting for the worker to have drawn a sketch, by the sketch's number. */
const waiting = new Map<number, () => void>();
/** The last number given to a canvas or a sketch. */
let serial = 0;
/** The worker's number for each canvas handed over; 0 for a canvas drawn here. */
const ids = new WeakMap<HTMLCanvasElement, number>();
/** A canvas handed over and since collected (its element gone) is let go in the worker too. */
const dropped = new FinalizationRegistry<number>((id) =>
  drawer?.postMessage({ id, drop: true } satisfies DrawRequest),
);

/** Resolves once it is known where canvases are drawn (starting the worker, once). */
export function ready(): Promise<void> {
  return (starting ??= new Promise<void>((resolve) => {
    const settle = (worker: Worker | null) => {
      drawer ??= worker;
      resolve();
    };
    if (!globalThis.HTMLCanvasElement?.prototype.transferControlToOffscreen) return settle(null);
    try {
      const worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<DrawReply>) => {
        if ('ready' in data) return settle(worker);
        waiting.get(data.drawn)?.();
        waiting.delete(data.drawn);
      };
      // The worker did not start (its file did not load or run): draw here.
      worker.onerror = (event) => {
        event.preventDefault();
        if (drawer !== undefined) return;
        worker.terminate();
        settle(null);
      };
      worker.postMessage({ hello: true } satisfies DrawRequest);
    } catch {
      settle(null);
    }
  }));
}

/** True once it is known where canvases are drawn (see {@link ready}). */
export const isReady = (): boolean => drawer !== undefined;
/** True when the worker draws the canvases. */
export const inWorker = (): boolean => !!drawer;

/** Draws `sketch` on `canvas`; `drawn`, if given, is called once it is drawn. */
export function draw(canvas: HTMLCanvasElement, sketch: SketchData, drawn?: () => void): void {
  let id = ids.get(canvas);
  if (id === undefined && drawer) {
    try {
      const offscreen = canvas.transferControlToOffscreen();
      drawer.postMessage({ id: (id = ++serial), canvas: offscreen } satisfies DrawRequest, [offscreen]);
      dropped.register(canvas, id);
    } catch {
      // A canvas already drawn here (before the worker answered) stays drawn here.
      id = 0;
    }
    ids.set(canvas, id);
  }
  if (!drawer || !id) {
    const ctx = canvas.getContext('2d');
    if (ctx) replay(ctx, sketch);
    drawn?.();
    return;
  }
  const ack = drawn ? ++serial : 0;
  if (drawn) waiting.set(ack, drawn);
  drawer.postMessage({ id, sketch, ack } satisfies DrawRequest, buffers(sketch));
}
