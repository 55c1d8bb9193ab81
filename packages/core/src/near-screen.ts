/**
 * Drawing a graphic only as it comes near the screen. Drawing costs a phone's main thread
 * tens to hundreds of milliseconds; a graphic far down an article need not pay it while the
 * page loads, nor at all if the reader never scrolls there.
 *
 * "Near" is within half a viewport of the screen, on any side: at reading speed that leaves
 * the drawing a second or more before the graphic shows, and a fast fling shows the graphic's
 * reserved frame for a moment, never a jump in the page.
 */

/** How far outside the viewport, as a share of its size, a graphic counts as near. */
export const NEAR_MARGIN = 0.5;

const waiting = new Map<Element, () => void>();

/** Stops waiting for `element` to come near the screen, without drawing it. */
export function forgetNearScreen(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

/** Calls what waits for `element` to come near the screen now (a reader reached it with Tab, say). */
export function drawNow(element: Element): void {
  const callback = waiting.get(element);
  forgetNearScreen(element);
  callback?.();
}

const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => entries.forEach((entry) => entry.isIntersecting && drawNow(entry.target)),
        { rootMargin: `${NEAR_MARGIN * 100}%` },
      )
    : undefined;

// A printed page shows every graphic.
globalThis.addEventListener?.('beforeprint', () => waiting.forEach((_, element) => drawNow(element)));

/**
 * Whether `element` is within {@link NEAR_MARGIN} of the viewport now. An element with no box
 * (not laid out, or in a hidden part of the page) counts as near: it draws as it always did,
 * and sizes itself when it shows.
 */
export function isNearScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const { innerWidth: w, innerHeight: h } = globalThis;
  const m = NEAR_MARGIN;
  return (
    (!box.width && !box.height) ||
    (box.bottom >= -h * m && box.top <= h * (1 + m) && box.right >= -w * m && box.left <= w * (1 + m))
  );
}

/**
 * Calls `callback` once `element` comes near the screen (see {@link NEAR_MARGIN}): at once if it
 * is near now or the browser cannot tell (no IntersectionObserver), else when it comes near, is
 * drawn now ({@link drawNow}) or the page is printed. Returns whether it was called at once.
 */
export function whenNearScreen(element: Element, callback: () => void): boolean {
  const now = !observer || isNearScreen(element);
  if (now) callback();
  else {
    waiting.set(element, callback);
    observer.observe(element);
  }
  return now;
}
