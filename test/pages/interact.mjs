// Drives a nutgraf element the way a reader does: hover, focus, click, open tooltips and
// disclosures, toggle legend items, press keys. Used by the CSP and host-isolation tests.

/** The marks a reader can point at, per tag (inside the shadow root). */
export const MARKS = {
  'alliance-map': '.country, .arc',
  'share-donut': '.slice',
  'actor-network': '.node',
};

/** Elements of `tag` (its first instance, or `host` selector) matching `selector` inside the shadow root. */
export async function shadowAll(page, host, selector) {
  return page.$$(`${host} >>> ${selector}`);
}

/**
 * Moves the mouse onto a painted point of the shape `selector` in `host`'s shadow root (the
 * centre of a shape's box may be a hole, as in a donut slice). With `within` (a page selector),
 * the point must also show inside that element's box; `index` picks the nth match. Returns false
 * when none shows.
 */
export async function hoverShape(page, host, selector, { within, index = 0 } = {}) {
  const point = await page.evaluate(
    (h, sel, inside, nth) => {
      const root = document.querySelector(h)?.shadowRoot;
      const el = root?.querySelectorAll(sel)[nth];
      if (!el) return null;
      if (!inside) el.scrollIntoView({ block: 'center' });
      const c = inside ? document.querySelector(inside).getBoundingClientRect() : null;
      const hits = (x, y) => {
        if (c && !(x > c.left + 2 && x < c.right - 2 && y > c.top + 2 && y < c.bottom - 2)) return false;
        const hit = root.elementFromPoint(x, y);
        return !!hit && (hit === el || el.contains(hit));
      };
      const r = el.getBoundingClientRect();
      if (hits(r.x + r.width / 2, r.y + r.height / 2)) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      const shape = el.getTotalLength ? el : el.querySelector('path, circle');
      if (!shape?.getTotalLength) return null;
      const m = shape.getScreenCTM();
      const len = shape.getTotalLength();
      for (let i = 0; i < 60; i++) {
        const q = shape.getPointAtLength((len * i) / 60);
        const p = new DOMPoint(q.x, q.y).matrixTransform(m);
        for (const [dx, dy] of [
          [0, 3],
          [3, 0],
          [0, -3],
          [-3, 0],
          [2, 2],
          [-2, -2],
        ])
          if (hits(p.x + dx, p.y + dy)) return { x: p.x + dx, y: p.y + dy };
      }
      return null;
    },
    host,
    selector,
    within,
    index,
  );
  if (!point) return false;
  await page.mouse.move(point.x - 1, point.y - 1);
  await page.mouse.move(point.x, point.y);
  return true;
}

/** Hovers, clicks, focuses and toggles everything interactive in `host`; returns what it did. */
export async function exercise(page, host, tag) {
  const done = { hovered: 0, clicked: 0, toggled: 0, tooltips: 0, keys: 0, disclosures: 0 };
  const tooltipOpen = () =>
    page.evaluate(
      (h) => !!document.querySelector(h)?.shadowRoot?.querySelector('[popover]:popover-open'),
      host,
    );
  const marks = (await shadowAll(page, host, MARKS[tag])).slice(0, 4);
  const first = MARKS[tag].split(',')[0];
  // Hover the first three marks that show (a zoomed phone map leaves some out of its frame).
  const count = (await shadowAll(page, host, first)).length;
  for (let i = 0; i < count && done.hovered < 3; i++) {
    if (!(await hoverShape(page, host, first, { index: i }))) continue;
    done.hovered++;
    if (await tooltipOpen()) done.tooltips++;
  }
  if (marks[0]) {
    await marks[0].click().catch(() => {});
    done.clicked++;
  }
  await page.mouse.move(1, 1);
  // Keyboard: focus the first mark, walk with arrows and Tab, Enter, Escape.
  await page.evaluate(
    (h, sel) =>
      document
        .querySelector(h)
        ?.shadowRoot?.querySelector(`${sel.split(',')[0]}[tabindex="0"]`)
        ?.focus(),
    host,
    MARKS[tag],
  );
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'Enter', 'Tab', 'Tab', 'Escape']) {
    await page.keyboard.press(key);
    done.keys++;
  }
  if (await tooltipOpen()) done.tooltips++;
  // A key folded behind its button on a narrow page is opened first, as a reader would.
  for (const more of await shadowAll(page, host, 'button[aria-expanded="false"].legend-more')) {
    if (await more.isVisible()) await more.click();
  }
  for (const button of (await shadowAll(page, host, 'button[aria-pressed]')).slice(0, 3)) {
    await button.click();
    await button.click();
    done.toggled++;
  }
  for (const summary of await shadowAll(page, host, 'details > summary')) {
    await summary.click().catch(() => {});
    done.disclosures++;
  }
  return done;
}
