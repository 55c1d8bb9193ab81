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

/** What waits for each element: `near` when it comes near, `far` when first found far from it. */
const waiting = new Map<Element, { near: () => void; far?: () => void }>();

/** Stops waiting for `element` to come near the screen, without drawing it. */
export function forgetNearScreen(element: Element): void {
  waiting.delete(element);
  observer?.unobserve(element);
}

/** Calls what waits for `element` to come near the screen now (a reader reached it with Tab, say). */
export function drawNow(element: Element): void {
  const wait = waiting.get(element);
  forgetNearScreen(element);
  wait?.near();
}

/**
 * Whether an observed element is near the screen. An element with no box (not laid out, or in
 * a hidden part of the page) counts as near: it draws as it always did, and sizes itself when
 * it shows.
 */
const isNear = ({ isIntersecting, boundingClientRect: box }: IntersectionObserverEntry) =>
  isIntersecting || (!box.width && !box.height);

/**
 * The observer tells, after the frame that lays the element out, whether it is near; asking
 * sooner (`getBoundingClientRect`) would lay the page out in the middle of a script, one more
 * long task on a phone. Each element found near draws in a task of its own, as each element's
 * data arrives in one: several found in one frame would otherwise draw in one long task.
 */
const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) =>
          entries.forEach((entry) => {
            const wait = waiting.get(entry.target);
            if (!wait) return;
            if (isNear(entry)) setTimeout(() => waiting.get(entry.target) === wait && drawNow(entry.target));
            else if (wait.far) {
              wait.far();
              wait.far = undefined;
            }
          }),
        { rootMargin: `${NEAR_MARGIN * 100}%` },
      )
    : undefined;

// A printed page shows every graphic.
globalThis.addEventListener?.('beforeprint', () => waiting.forEach((_, element) => drawNow(element)));

/**
 * Calls `near` once `element` comes near the screen (see {@link NEAR_MARGIN}): at the first task
 * after the frame that lays it out if it is near then, at once if the browser cannot tell (no
 * IntersectionObserver), else when it comes near, is drawn now ({@link drawNow}) or the page is
 * printed. `far` is called if the first look finds it far from the screen.
 */
export function whenNearScreen(element: Element, near: () => void, far?: () => void): void {
  if (!observer) return near();
  forgetNearScreen(element);
  waiting.set(element, { near, far });
  observer.observe(element);
}
