/**
 * Starting a tag only when one of its elements comes within about one viewport of the screen:
 * what the lazy loader does before it loads a component's code, and the drop-in bundle before
 * it registers a tag whose code it already has. A tag with an element near the screen starts at
 * once; the others when the reader scrolls near one, reaches one with Tab, or prints the page.
 * Tags added to the page later are picked up too. Until its tag starts, an element keeps the
 * box `nutgraf.css` reserves for it, and its fallback, if the page has one.
 *
 * @module
 */

/** Calls `start(tag)` once for each of `tags`, when an element of it first comes near the screen. */
export function whenNear(tags: readonly string[], start: (tag: string) => void): void {
  const waiting = new Set(tags);
  const selector = () => [...waiting].join(',');

  function go(tag: string): void {
    if (!waiting.delete(tag)) return;
    // Once every tag has started, stop watching the page: nothing is left to wait for.
    if (!waiting.size) {
      observer?.disconnect();
      mutations.disconnect();
    }
    start(tag);
  }

  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer!.unobserve(entry.target);
              go(entry.target.localName);
            }
          },
          { rootMargin: '100% 0px' },
        )
      : undefined;

  function watch(root: ParentNode): void {
    if (!waiting.size) return;
    const found = root instanceof Element && root.matches(selector()) ? [root] : [];
    for (const element of [...found, ...root.querySelectorAll(selector())]) {
      // A Tab stop before its tag starts (its placeholder may hold nothing focusable): focusing
      // it starts it, and once drawn it hands the focus to its first control (see NutgrafElement).
      if (!element.hasAttribute('tabindex')) {
        for (const [name, value] of [
          ['tabindex', '0'],
          ['role', 'group'],
          ['aria-busy', 'true'],
          ['data-nutgraf-waiting', ''],
        ])
          element.setAttribute(name!, value!);
        element.addEventListener('focus', () => go(element.localName), { once: true });
      }
      if (observer) observer.observe(element);
      else go(element.localName);
    }
  }

  // A printed page shows every graphic that can be drawn in time.
  const all = () => [...waiting].forEach(go);
  addEventListener('beforeprint', all);
  const mutations = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) watch(node);
  });
  watch(document);
  if (waiting.size) mutations.observe(document.documentElement, { childList: true, subtree: true });
}
