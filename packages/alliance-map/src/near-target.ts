/**
 * Bigger targets for small countries (WCAG 2.5.8): a pointer that is not over a mark picks the
 * nearest country drawn smaller than 24 × 24 px within 24 px of it, by mouse, pen or touch.
 *
 * @module
 */

/** The least a target measures across, in CSS px, and how far the pointer reaches for a smaller one. */
export const TARGET_PX = 24;

/**
 * The country shape (`.country[data-index]` under `root`) smaller than `TARGET_PX` across whose
 * centre is nearest to the client point (`x`, `y`), within `TARGET_PX`; null when there is none.
 */
export function nearTarget(root: ParentNode, x: number, y: number): SVGElement | null {
  let best: SVGElement | null = null;
  let reach = TARGET_PX;
  for (const el of root.querySelectorAll<SVGElement>('.country[data-index]')) {
    const r = el.getBoundingClientRect();
    if (r.width >= TARGET_PX && r.height >= TARGET_PX) continue;
    const d = Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2));
    if (d <= reach) [best, reach] = [el, d];
  }
  return best;
}
