// Drives a nutgraf element the way a reader does: hover, focus, click, open tooltips and
// disclosures, toggle legend items, press keys. Used by the CSP and host-isolation tests.

/** The marks a reader can point at, per tag (inside the shadow root). */
export const MARKS = {
  'alliance-map': '.country, .arc',
  'oil-share-donut': '.slice',
  'actor-network': '.node',
};

/** Elements of `tag` (its first instance, or `host` selector) matching `selector` inside the shadow root. */
export async function shadowAll(page, host, selector) {
  return page.$$(`${host} >>> ${selector}`);
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
  for (const mark of marks) {
    try {
      await mark.hover();
      done.hovered++;
      if (await tooltipOpen()) done.tooltips++;
    } catch {
      /* a mark hidden by the layout cannot be hovered */
    }
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
